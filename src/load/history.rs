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
    let repo = gix::discover(root).map_err(|_| Unavailable::NotInGit)?;
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
    let head_files = files_of(repo, line.first().and_then(|w| w.content))?;
    let mut current: HashMap<String, String> =
        head_files.keys().map(|path| (path.clone(), path.clone())).collect();
    let mut versions: HashMap<String, Vec<(usize, ObjectId)>> = HashMap::new();
    let mut commits = Vec::new();
    let mut used: HashMap<usize, usize> = HashMap::new();
    let mut files = head_files;
    for (n, walked) in line.iter().enumerate() {
        let parent = line.get(n + 1).and_then(|w| w.content);
        if parent == walked.content {
            continue;
        }
        let before = files_of(repo, parent)?;
        let changed: Vec<(&String, &ObjectId)> =
            files.iter().filter(|(path, id)| before.get(*path) != Some(id)).collect();
        let added: Vec<&String> =
            changed.iter().map(|(p, _)| *p).filter(|p| !before.contains_key(*p)).collect();
        let removed: Vec<(&String, &ObjectId)> =
            before.iter().filter(|(path, _)| !files.contains_key(*path)).collect();
        for (path, id) in &changed {
            if let Some(head_path) = current.get(*path) {
                let slot = *used.entry(n).or_insert_with(|| {
                    commits.push(n);
                    commits.len() - 1
                });
                versions.entry(head_path.clone()).or_default().push((slot, **id));
            }
        }
        // A file added here that is one removed here was renamed: older versions are
        // under the old name.
        for (old, new) in renames(repo, &added, &removed, &files)? {
            if let Some(head_path) = current.remove(&new) {
                current.insert(old, head_path);
            }
        }
        // Files added here (and not renamed) have no older versions.
        for path in added {
            if !before.contains_key(path) {
                current.remove(path);
            }
        }
        files = before;
    }

    // Commit slots were numbered newest first; the history is oldest first.
    let count = commits.len();
    let commits_oldest_first: Vec<Commit> =
        commits.iter().rev().map(|&n| line[n].commit.clone()).collect();
    let mut by_path = HashMap::with_capacity(versions.len());
    for (path, mut list) in versions {
        list.reverse();
        let mut out = Vec::with_capacity(list.len());
        for (slot, id) in list {
            let blob = repo.find_blob(id)?;
            let text = super::decode_text(blob.data.clone())
                .unwrap_or_else(|_| String::from_utf8_lossy(&blob.data).into_owned());
            let text = if text.contains('\r') { text.replace("\r\n", "\n") } else { text };
            out.push(Version { commit: count - 1 - slot, text: text.into() });
        }
        let site_path = PathBuf::from(super::CONTENT_DIR).join(&path);
        by_path.insert(site_path, out);
    }
    Ok(History { head: head.to_string(), commits: commits_oldest_first, files: by_path })
}

/// The Markdown files under a content tree: path (relative to it, `/`-separated) → blob.
fn files_of(
    repo: &gix::Repository,
    tree: Option<ObjectId>,
) -> Result<BTreeMap<String, ObjectId>, WalkError> {
    let mut out = BTreeMap::new();
    if let Some(tree) = tree {
        collect(repo, tree, "", &mut out)?;
    }
    Ok(out)
}

fn collect(
    repo: &gix::Repository,
    tree: ObjectId,
    prefix: &str,
    out: &mut BTreeMap<String, ObjectId>,
) -> Result<(), WalkError> {
    let tree = repo.find_tree(tree)?;
    for entry in tree.iter() {
        let entry = entry?;
        let name = entry.filename().to_string();
        let path = format!("{prefix}{name}");
        if entry.mode().is_tree() {
            collect(repo, entry.object_id(), &format!("{path}/"), out)?;
        } else if entry.mode().is_blob() && name.ends_with(".md") {
            out.insert(path, entry.object_id());
        }
    }
    Ok(())
}

/// Pairs of (old path, new path): a removed file whose text an added file has, or
/// failing that, shares at least half its lines with (as `git log --follow` finds a
/// rename by similarity).
fn renames(
    repo: &gix::Repository,
    added: &[&String],
    removed: &[(&String, &ObjectId)],
    files: &BTreeMap<String, ObjectId>,
) -> Result<Vec<(String, String)>, WalkError> {
    let mut pairs = Vec::new();
    let mut left: Vec<&String> = Vec::new();
    let mut taken = vec![false; removed.len()];
    for &new in added {
        let id = files[new];
        match removed.iter().position(|(_, old)| **old == id) {
            Some(k) if !taken[k] => {
                taken[k] = true;
                pairs.push((removed[k].0.clone(), new.clone()));
            }
            _ => left.push(new),
        }
    }
    // Similar texts: only for a few files at a time (a commit that moves hundreds of
    // files moves them unchanged, found above).
    if left.is_empty() || left.len() * removed.len() > 400 {
        return Ok(pairs);
    }
    let lines = |id: &ObjectId| -> Result<Vec<String>, WalkError> {
        let blob = repo.find_blob(*id)?;
        Ok(String::from_utf8_lossy(&blob.data).lines().map(str::to_string).collect())
    };
    for new in left {
        let new_lines = lines(&files[new])?;
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
