//! The site's history, read from git: every committed version of each content file.
//!
//! When the site folder is in a git repository, the commits on the first-parent line
//! from `HEAD` are walked (oldest first in the result) with `gix`, a pure-Rust git
//! library: no `git` program is run. For each content file of `HEAD` the versions that
//! differ from their parent's are kept with their commit, following renames (a file
//! that disappears while another appears with the same text, or with at least half its
//! lines, is the same file). What the versions mean is the link stage's work
//! (`link::history`).
//!
//! The history is cached by commit: a build of the same commit gets the same history,
//! and `serve` does not walk it again on each save.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use gix::ObjectId;
use rayon::prelude::*;

use crate::model::Date;

/// Why a site has no history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// `history: false` in `site.yaml`.
    TurnedOff,
    /// The site folder is in no git repository.
    NotInGit,
    /// The repository is a shallow clone: older commits are missing.
    Shallow,
    /// The repository has no commit yet.
    NoCommits,
    /// The repository could not be read.
    Unreadable(String),
}

/// A commit of the site's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The abbreviated commit id (7 hex digits).
    pub id: String,
    /// The author's date, in the author's time zone.
    pub date: Date,
    /// The first line of the message.
    pub summary: String,
}

/// One committed version of a file.
#[derive(Debug, Clone)]
pub struct Version {
    /// Index into [`History::commits`].
    pub commit: usize,
    /// The file's text at that commit (decoded as content files are, `\n` line ends).
    pub text: Arc<str>,
}

/// The site's history, or why there is none.
#[derive(Debug, Clone)]
pub enum FileHistory {
    /// Read from git.
    Available(Arc<History>),
    /// Not available, and why.
    Unavailable(Unavailable),
}

/// Commits and versions of the content files of `HEAD`.
#[derive(Debug, Default)]
pub struct History {
    /// The full id of `HEAD`.
    pub head: String,
    /// The commits that changed content, oldest first.
    pub commits: Vec<Commit>,
    /// Versions of each file of `HEAD` (path relative to the site root, as
    /// [`crate::model::SourceFile::path`]), oldest first.
    pub files: HashMap<PathBuf, Vec<Version>>,
}

impl FileHistory {
    /// The history, when there is one.
    pub fn available(&self) -> Option<&History> {
        match self {
            FileHistory::Available(history) => Some(history),
            FileHistory::Unavailable(_) => None,
        }
    }

    /// The date of the last commit that changed `path` on or before `by`, if any (a
    /// site judged as of a date does not count later commits).
    pub fn last_commit(&self, path: &Path, by: Date) -> Option<Date> {
        let history = self.available()?;
        let versions = history.files.get(path)?;
        versions.iter().map(|v| history.commits[v.commit].date).filter(|&d| d <= by).max()
    }
}

/// The history of the site at `root` (`enabled`: `site.yaml`'s `history`).
pub fn read(root: &Path, enabled: bool) -> FileHistory {
    if !enabled {
        return FileHistory::Unavailable(Unavailable::TurnedOff);
    }
    match read_repository(root) {
        Ok(history) => FileHistory::Available(history),
        Err(why) => FileHistory::Unavailable(why),
    }
}

/// The date of the commit a tag of the site's repository names (for `--since TAG`).
pub fn tag_date(root: &Path, tag: &str) -> Option<Date> {
    let repo = gix::discover(root).ok()?;
    let mut reference = repo.find_reference(&format!("refs/tags/{tag}")).ok()?;
    let id = reference.peel_to_id().ok()?.detach();
    let commit = repo.find_commit(id).ok()?;
    let time = commit.author().ok()?.time().ok()?;
    let when =
        time::OffsetDateTime::from_unix_timestamp(time.seconds + i64::from(time.offset)).ok()?;
    Some(when.date())
}

/// The last history read, by the folder it was read for and the commit it was read at.
type Cached = (PathBuf, ObjectId, Arc<History>);
static CACHE: Mutex<Option<Cached>> = Mutex::new(None);

fn read_repository(root: &Path) -> Result<Arc<History>, Unavailable> {
    let mut repo = gix::discover(root).map_err(|_| Unavailable::NotInGit)?;
    // Trees along a commit line are mostly the same: kept once read.
    repo.object_cache_size_if_unset(8 * 1024 * 1024);
    let workdir = repo.workdir().ok_or(Unavailable::NotInGit)?.to_path_buf();
    let unreadable = |e: &dyn std::fmt::Display| Unavailable::Unreadable(e.to_string());
    if repo.is_shallow().map_err(|e| unreadable(&e))? {
        return Err(Unavailable::Shallow);
    }
    let head = match repo.head_id() {
        Ok(id) => id.detach(),
        Err(_) => return Err(Unavailable::NoCommits),
    };
    let root = root.canonicalize().map_err(|e| unreadable(&e))?;
    let workdir = workdir.canonicalize().map_err(|e| unreadable(&e))?;
    let site_in_repo = root.strip_prefix(&workdir).map_err(|e| unreadable(&e))?.to_path_buf();
    let content_in_repo = site_in_repo.join(super::CONTENT_DIR);
    let cache_key = root.clone();
    if let Some((folder, at, history)) = &*CACHE.lock().unwrap_or_else(|e| e.into_inner()) {
        if *folder == cache_key && *at == head {
            return Ok(Arc::clone(history));
        }
    }
    let history = Arc::new(walk(&repo, head, &content_in_repo).map_err(|e| unreadable(&e))?);
    *CACHE.lock().unwrap_or_else(|e| e.into_inner()) =
        Some((cache_key, head, Arc::clone(&history)));
    Ok(history)
}

type WalkError = Box<dyn std::error::Error + Send + Sync>;

/// The Markdown files that differ between two trees: (path, blob before, blob after).
type Changed = (String, Option<ObjectId>, Option<ObjectId>);

/// Work split in a few chunks per thread: each chunk opens its own handle on the
/// repository, which is not free.
fn chunk_size(items: usize) -> usize {
    items.div_ceil(rayon::current_num_threads() * 4).max(1)
}

/// A thread's own handle on the repository, with an object cache (trees along a commit
/// line are mostly the same).
fn thread_repo(shared: &gix::ThreadSafeRepository) -> gix::Repository {
    let mut repo = shared.to_thread_local();
    repo.object_cache_size_if_unset(8 * 1024 * 1024);
    repo.objects
        .set_pack_cache(|| Box::new(gix::odb::pack::cache::lru::StaticLinkedList::<64>::default()));
    repo
}

/// A commit on the first-parent line, with its content folder's tree.
struct Walked {
    commit: Commit,
    content: Option<ObjectId>,
}

fn walk(repo: &gix::Repository, head: ObjectId, content: &Path) -> Result<History, WalkError> {
    let content_path = content.to_string_lossy().replace('\\', "/");
    // Newest first.
    let mut line = Vec::new();
    let mut next = Some(head);
    while let Some(id) = next {
        let commit = repo.find_commit(id)?;
        let tree = commit.tree()?;
        let content_tree = if content_path.is_empty() {
            Some(tree.id)
        } else {
            tree.lookup_entry_by_path(&content_path)?
                .filter(|e| e.mode().is_tree())
                .map(|e| e.object_id())
        };
        let author = commit.author()?;
        let time = author.time()?;
        let when = time::OffsetDateTime::from_unix_timestamp(time.seconds + i64::from(time.offset))
            .map_err(|e| -> WalkError { e.to_string().into() })?;
        let summary = commit.message()?.summary().to_string();
        line.push(Walked {
            commit: Commit { id: id.to_hex_with_len(7).to_string(), date: when.date(), summary },
            content: content_tree,
        });
        next = commit.parent_ids().next().map(|p| p.detach());
    }

    // Files of HEAD, by their path at the commit being looked at (newest to oldest):
    // the path of HEAD they are.
    // HEAD's files: its tree against none.
    let mut head_files = Vec::new();
    diff_trees(repo, None, line.first().and_then(|w| w.content), "", &mut head_files)?;
    let mut current: HashMap<String, String> =
        head_files.into_iter().map(|(path, _, _)| (path.clone(), path)).collect();
    let mut versions: HashMap<String, Vec<(usize, ObjectId)>> = HashMap::new();
    let mut commits = Vec::new();
    let mut used: HashMap<usize, usize> = HashMap::new();
    // Each commit's changes, worked out side by side (each thread with its own handle
    // on the repository). Only the subtrees that differ are read: a commit that
    // changes one file reads the trees on that file's path.
    let shared = repo.clone().into_sync();
    let numbers: Vec<usize> = (0..line.len()).collect();
    let diffs: Vec<Vec<Changed>> = numbers
        .par_chunks(chunk_size(numbers.len()))
        .map(|chunk| {
            let repo = thread_repo(&shared);
            chunk
                .iter()
                .map(|&n| {
                    let parent = line.get(n + 1).and_then(|w| w.content);
                    let mut changed = Vec::new();
                    diff_trees(&repo, parent, line[n].content, "", &mut changed)?;
                    Ok(changed)
                })
                .collect::<Result<Vec<_>, WalkError>>()
        })
        .collect::<Result<Vec<_>, WalkError>>()?
        .into_iter()
        .flatten()
        .collect();
    for (n, changed) in diffs.into_iter().enumerate() {
        let added: Vec<(&String, &ObjectId)> = changed
            .iter()
            .filter_map(|(path, old, new)| Some((path, new.as_ref()?)).filter(|_| old.is_none()))
            .collect();
        let removed: Vec<(&String, &ObjectId)> = changed
            .iter()
            .filter_map(|(path, old, new)| Some((path, old.as_ref()?)).filter(|_| new.is_none()))
            .collect();
        for (path, _, new) in &changed {
            let (Some(id), Some(head_path)) = (new, current.get(path)) else { continue };
            let slot = *used.entry(n).or_insert_with(|| {
                commits.push(n);
                commits.len() - 1
            });
            versions.entry(head_path.clone()).or_default().push((slot, *id));
        }
        // A file added here that is one removed here was renamed: older versions are
        // under the old name. Files added here otherwise have no older versions.
        let renamed = renames(repo, &added, &removed)?;
        for (path, _) in &added {
            let head_path = current.remove(*path);
            if let (Some(head_path), Some((old, _))) =
                (head_path, renamed.iter().find(|(_, new)| new == *path))
            {
                current.insert(old.clone(), head_path);
            }
        }
    }

    // Commit slots were numbered newest first; the history is oldest first.
    let count = commits.len();
    let commits_oldest_first: Vec<Commit> =
        commits.iter().rev().map(|&n| line[n].commit.clone()).collect();
    // The versions' texts, read side by side.
    let versions: Vec<(String, Vec<(usize, ObjectId)>)> = versions.into_iter().collect();
    let by_path = versions
        .par_chunks(chunk_size(versions.len()))
        .map(|chunk| {
            let repo = thread_repo(&shared);
            let mut files = Vec::with_capacity(chunk.len());
            for (path, list) in chunk {
                let mut out = Vec::with_capacity(list.len());
                for &(slot, id) in list.iter().rev() {
                    let blob = repo.find_blob(id)?;
                    let text = super::decode_text(blob.data.clone())
                        .unwrap_or_else(|_| String::from_utf8_lossy(&blob.data).into_owned());
                    let text = if text.contains('\r') { text.replace("\r\n", "\n") } else { text };
                    out.push(Version { commit: count - 1 - slot, text: text.into() });
                }
                files.push((PathBuf::from(super::CONTENT_DIR).join(path), out));
            }
            Ok(files)
        })
        .collect::<Result<Vec<_>, WalkError>>()?
        .into_iter()
        .flatten()
        .collect();
    Ok(History { head: head.to_string(), commits: commits_oldest_first, files: by_path })
}

/// The Markdown files that differ between two trees (`None`: no tree), as (path, blob
/// before, blob after); subtrees with the same id are not read.
fn diff_trees(
    repo: &gix::Repository,
    old: Option<ObjectId>,
    new: Option<ObjectId>,
    prefix: &str,
    out: &mut Vec<Changed>,
) -> Result<(), WalkError> {
    if old == new {
        return Ok(());
    }
    // (name, is a tree, id) of each entry, by name.
    let entries =
        |tree: Option<ObjectId>| -> Result<BTreeMap<String, (bool, ObjectId)>, WalkError> {
            let mut map = BTreeMap::new();
            if let Some(tree) = tree {
                for entry in repo.find_tree(tree)?.iter() {
                    let entry = entry?;
                    let name = entry.filename().to_string();
                    if entry.mode().is_tree() || (entry.mode().is_blob() && name.ends_with(".md")) {
                        map.insert(name, (entry.mode().is_tree(), entry.object_id()));
                    }
                }
            }
            Ok(map)
        };
    let (before, after) = (entries(old)?, entries(new)?);
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for name in names {
        let (a, b) = (before.get(name), after.get(name));
        if a == b {
            continue;
        }
        let path = format!("{prefix}{name}");
        let tree = |e: Option<&(bool, ObjectId)>| e.filter(|e| e.0).map(|e| e.1);
        let blob = |e: Option<&(bool, ObjectId)>| e.filter(|e| !e.0).map(|e| e.1);
        if tree(a).is_some() || tree(b).is_some() {
            diff_trees(repo, tree(a), tree(b), &format!("{path}/"), out)?;
        }
        if blob(a).is_some() || blob(b).is_some() {
            out.push((path, blob(a), blob(b)));
        }
    }
    Ok(())
}

/// Pairs of (old path, new path): a removed file whose text an added file has, or
/// failing that, shares at least half its lines with (as `git log --follow` finds a
/// rename by similarity).
fn renames(
    repo: &gix::Repository,
    added: &[(&String, &ObjectId)],
    removed: &[(&String, &ObjectId)],
) -> Result<Vec<(String, String)>, WalkError> {
    let mut pairs = Vec::new();
    let mut left: Vec<(&String, &ObjectId)> = Vec::new();
    let mut taken = vec![false; removed.len()];
    for &(new, id) in added {
        match removed.iter().position(|(_, old)| *old == id) {
            Some(k) if !taken[k] => {
                taken[k] = true;
                pairs.push((removed[k].0.clone(), new.clone()));
            }
            _ => left.push((new, id)),
        }
    }
    // Similar texts: only for a few files at a time (a commit that moves hundreds of
    // files moves them unchanged, found above).
    let unpaired = taken.iter().filter(|t| !**t).count();
    if left.is_empty() || unpaired == 0 || left.len() * unpaired > 400 {
        return Ok(pairs);
    }
    let lines = |id: &ObjectId| -> Result<Vec<String>, WalkError> {
        let blob = repo.find_blob(*id)?;
        Ok(String::from_utf8_lossy(&blob.data).lines().map(str::to_string).collect())
    };
    for (new, id) in left {
        let new_lines = lines(id)?;
        let mut best: Option<(usize, usize)> = None;
        for (k, (_, old)) in removed.iter().enumerate().filter(|(k, _)| !taken[*k]) {
            let (common, longer) = similarity(&lines(old)?, &new_lines);
            if common * 2 >= longer && best.is_none_or(|(_, b)| common > b) {
                best = Some((k, common));
            }
        }
        if let Some((k, _)) = best {
            taken[k] = true;
            pairs.push((removed[k].0.clone(), new.clone()));
        }
    }
    Ok(pairs)
}

/// How many lines two texts have in common, and how many lines the longer one has.
fn similarity(a: &[String], b: &[String]) -> (usize, usize) {
    let longer = a.len().max(b.len());
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for line in a {
        *counts.entry(line.as_str()).or_default() += 1;
    }
    let mut common = 0usize;
    for line in b {
        if let Some(n) = counts.get_mut(line.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    (common, longer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn similarity_counts_common_lines_of_the_longer_text() {
        assert_eq!(similarity(&lines("a\nb\nc\nd"), &lines("a\nb\nc\nd")), (4, 4));
        assert_eq!(similarity(&lines("a\nb\nc\nd"), &lines("a\nb\nx")), (2, 4));
        assert_eq!(similarity(&lines("a\na"), &lines("a\nb")), (1, 2));
        assert_eq!(similarity(&lines(""), &lines("")), (0, 0));
    }
}
