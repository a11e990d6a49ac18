//! The built site as served, and how a build's output is merged into the last one.

use super::*;

/// How many parts an [`OutputMap`] is split into.
pub(super) const SHARDS: usize = 256;

/// A file's bytes, shared. (An `Arc<Vec<u8>>` rather than an `Arc<[u8]>`: made from
/// what the renderer returns without copying it, which matters for the largest files,
/// `site.json` or the status page, megabytes on a large site.)
pub type Bytes = Arc<Vec<u8>>;

/// One part of an [`OutputMap`].
pub(super) type Shard = HashMap<Arc<str>, Bytes>;

/// The built site as served: output path → bytes.
///
/// Split into shards that versions share: copying the map copies one pointer per
/// shard, and changing a file afterwards copies only that file's shard. So each
/// rebuild makes a new version from the last one for what it changed, while the
/// server goes on answering from the last one.
///
/// The search index and the open data (see [`DeferredFiles`]) are part of the map as
/// served, though made only when first asked for.
#[derive(Clone)]
pub struct OutputMap {
    shards: Vec<Arc<Shard>>,
    len: usize,
    deferred: Option<Arc<DeferredFiles>>,
}

impl Default for OutputMap {
    fn default() -> OutputMap {
        OutputMap {
            shards: (0..SHARDS).map(|_| Arc::new(Shard::new())).collect(),
            len: 0,
            deferred: None,
        }
    }
}

/// The search index (`/search/index/`) and the open data (`/data/`) of one build, made the first time one of them is asked for
/// ([`render::is_deferred`]). Each is a pass over the whole site, most of a rebuild on
/// a large site after a title is changed, and no page needs them: so a save is served
/// without waiting for them, and a preview nobody searches or downloads from never
/// pays for them.
pub struct DeferredFiles {
    index: Arc<SiteIndex>,
    files: OnceLock<HashMap<String, Bytes>>,
}

impl DeferredFiles {
    pub(super) fn new(index: Arc<SiteIndex>) -> DeferredFiles {
        DeferredFiles { index, files: OnceLock::new() }
    }

    /// The files, made now if this is the first call.
    pub(super) fn files(&self) -> &HashMap<String, Bytes> {
        self.files.get_or_init(|| {
            render::deferred_files(&self.index)
                .into_iter()
                .map(|f| (f.path, Arc::new(f.bytes)))
                .collect()
        })
    }
}

impl OutputMap {
    /// The shard that holds `path` (FNV-1a of its bytes).
    pub(super) fn shard(path: &str) -> usize {
        let mut hash: u32 = 0x811c_9dc5;
        for b in path.bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        hash as usize % SHARDS
    }

    /// The bytes of the file at `path`.
    pub fn get(&self, path: &str) -> Option<&Bytes> {
        match &self.deferred {
            Some(deferred) if render::is_deferred(&deferred.index.config, path) => {
                deferred.files().get(path)
            }
            _ => self.shards[Self::shard(path)].get(path),
        }
    }

    /// The same files, with `deferred`'s served too.
    pub(super) fn with_deferred(&self, deferred: Arc<DeferredFiles>) -> OutputMap {
        OutputMap { deferred: Some(deferred), ..self.clone() }
    }

    /// True when there is a file at `path`.
    pub fn contains_key(&self, path: &str) -> bool {
        self.get(path).is_some()
    }

    /// The number of files (the deferred files are made if they were not yet).
    pub fn len(&self) -> usize {
        self.len + self.deferred.as_ref().map_or(0, |d| d.files().len())
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every file, in no particular order (the deferred files are made if they were
    /// not yet).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Bytes)> {
        let deferred = self.deferred.iter().flat_map(|d| d.files().iter().map(|(p, b)| (&**p, b)));
        self.shards.iter().flat_map(|shard| shard.iter()).map(|(p, b)| (&**p, b)).chain(deferred)
    }

    /// The files other than the deferred ones.
    pub(super) fn generated_files(&self) -> impl Iterator<Item = (&Arc<str>, &Bytes)> {
        self.shards.iter().flat_map(|shard| shard.iter())
    }

    /// Puts a file in, replacing any at the same path (never a deferred one).
    pub(super) fn insert(&mut self, path: Arc<str>, bytes: Bytes) {
        let shard = Arc::make_mut(&mut self.shards[Self::shard(&path)]);
        if shard.insert(path, bytes).is_none() {
            self.len += 1;
        }
    }

    /// Takes the file at `path` out.
    pub(super) fn remove(&mut self, path: &str) {
        let shard = &mut self.shards[Self::shard(path)];
        if shard.contains_key(path) {
            Arc::make_mut(shard).remove(path);
            self.len -= 1;
        }
    }
}

impl FromIterator<(Arc<str>, Bytes)> for OutputMap {
    fn from_iter<I: IntoIterator<Item = (Arc<str>, Bytes)>>(files: I) -> OutputMap {
        let mut map = OutputMap::default();
        for (path, bytes) in files {
            map.insert(path, bytes);
        }
        map
    }
}

/// True when two versions of a file have the same bytes.
pub(super) fn same_bytes(a: &Bytes, b: &Bytes) -> bool {
    Arc::ptr_eq(a, b) || a[..] == b[..]
}

impl std::fmt::Debug for OutputMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OutputMap({} files)", self.len)
    }
}

/// The output of a build: the next [`Good`]'s files, and how they differ from the
/// last one's.
pub(super) struct Output {
    pub(super) generated: OutputMap,
    pub(super) statics: Arc<BTreeMap<Arc<str>, Bytes>>,
    pub(super) files: Arc<OutputMap>,
    /// Output paths whose bytes changed, appeared or disappeared, sorted.
    pub(super) changed: Vec<String>,
    pub(super) assets_changed: bool,
}

/// The static files kept (a site's file may not replace a generated page), checked as
/// a build checks them.
pub(super) fn kept_statics(
    generated: &OutputMap,
    statics: &Statics,
) -> Result<BTreeMap<Arc<str>, Bytes>, Diagnostics> {
    let generated_paths: Vec<String> =
        generated.generated_files().map(|(p, _)| p.to_string()).collect();
    let kept =
        crate::write::merge_statics(&statics.config, &generated_paths, statics.files.clone())?;
    let kept: HashSet<&str> = kept.iter().map(|s| s.dest.as_str()).collect();
    Ok(statics
        .bytes
        .iter()
        .filter(|(dest, _)| kept.contains(dest.as_str()))
        .map(|(d, b)| (Arc::from(d.as_str()), b.clone()))
        .collect())
}

/// True when a changed path is a static file or an asset: every page may look
/// different.
pub(super) fn is_asset(
    path: &str,
    old: &BTreeMap<Arc<str>, Bytes>,
    new: &BTreeMap<Arc<str>, Bytes>,
) -> bool {
    old.contains_key(path) || new.contains_key(path) || path.starts_with("static/")
}

/// The output of a build that rendered everything (or the first build).
pub(super) fn full_output(
    good: Option<&Good>,
    files: Vec<render::OutputFile>,
    plan: &Plan,
    statics: &Statics,
) -> Result<Output, Diagnostics> {
    let generated: OutputMap =
        files.into_iter().map(|f| (Arc::from(f.path), Arc::new(f.bytes))).collect();
    debug_assert!(plan.pages.iter().all(|(p, _)| generated.contains_key(p)), "a page went missing");
    let kept = kept_statics(&generated, statics)?;
    let mut all = generated.clone();
    for (dest, bytes) in &kept {
        all.insert(dest.clone(), bytes.clone());
    }
    let (changed, assets_changed) = match good {
        Some(good) => {
            let mut changed: Vec<String> = all
                .generated_files()
                .filter(|(p, b)| good.files.get(p).is_none_or(|old| !same_bytes(old, b)))
                .map(|(p, _)| p.to_string())
                .collect();
            changed.extend(
                good.files
                    .generated_files()
                    .filter(|(p, _)| !all.contains_key(p))
                    .map(|(p, _)| p.to_string()),
            );
            changed.sort();
            let assets = changed.iter().any(|p| is_asset(p, &good.statics, &kept));
            (changed, assets)
        }
        None => {
            let mut changed: Vec<String> =
                all.generated_files().map(|(p, _)| p.to_string()).collect();
            changed.sort();
            (changed, true)
        }
    };
    Ok(Output { generated, statics: Arc::new(kept), files: Arc::new(all), changed, assets_changed })
}

/// The output of a build that rendered only some files: the last good build's with
/// those files put in (site-wide files not made now, unaffected badges, kept), and the
/// static files checked again when `statics` were read again.
pub(super) fn update_output(
    good: &Good,
    files: Vec<render::OutputFile>,
    plan: &Plan,
    statics: Option<&Statics>,
) -> Result<Output, Diagnostics> {
    let mut generated = good.generated.clone();
    // Every path whose served bytes may differ.
    let mut touched: Vec<Arc<str>> = Vec::with_capacity(files.len());
    let mut rendered: Vec<(Arc<str>, Vec<u8>)> =
        files.into_iter().map(|f| (Arc::from(f.path), f.bytes)).collect();
    rendered.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Site-wide files rendered now replace the old ones. The structure is the last
    // build's (else every page is rendered), so the same site-wide files exist: those
    // not rendered now (badges of pages not affected) stay as they were.
    debug_assert!(
        rendered.iter().all(|(path, _)| good.generated.contains_key(path)),
        "a site-wide file appeared without a structural change"
    );
    // Compared in parallel: the largest files are megabytes.
    let same: Vec<bool> = rendered
        .par_iter()
        .map(|(path, bytes)| generated.get(path).is_some_and(|old| old[..] == bytes[..]))
        .collect();
    for ((path, bytes), same) in rendered.into_iter().zip(same) {
        if !same {
            generated.insert(path.clone(), Arc::new(bytes));
            touched.push(path);
        }
    }
    debug_assert!(plan.pages.iter().all(|(p, _)| generated.contains_key(p)), "a page went missing");

    // Static files may not replace generated pages (as in a build): checked when they
    // were read again (the generated paths stay the same otherwise).
    let (statics, statics_touched) = match statics {
        Some(read) => {
            let kept = kept_statics(&generated, read)?;
            let mut touched: Vec<Arc<str>> =
                good.statics.keys().chain(kept.keys()).cloned().collect();
            touched.sort_unstable();
            touched.dedup();
            (Arc::new(kept), touched)
        }
        None => (good.statics.clone(), Vec::new()),
    };

    let mut all = (*good.files).clone();
    let mut changed = Vec::new();
    let is_static = |path: &str| good.statics.contains_key(path) || statics.contains_key(path);
    // Generated files whose bytes changed, appeared or went: what was served at a path
    // without a static file is the last build's generated file, so they differ.
    for path in touched {
        if is_static(&path) {
            continue;
        }
        match generated.get(&path) {
            Some(new) => all.insert(path.clone(), new.clone()),
            None => all.remove(&path),
        }
        changed.push(path.to_string());
    }
    // Paths with a static file, before or now: compared.
    for path in statics_touched {
        let new = statics.get(&path).or_else(|| generated.get(&path));
        match (new, all.get(&path)) {
            (Some(new), Some(old)) if same_bytes(new, old) => continue,
            (Some(new), _) => {
                let new = new.clone();
                all.insert(path.clone(), new);
            }
            (None, Some(_)) => all.remove(&path),
            (None, None) => continue,
        }
        changed.push(path.to_string());
    }
    changed.sort_unstable();
    changed.dedup();
    let assets_changed = changed.iter().any(|p| is_asset(p, &good.statics, &statics));
    Ok(Output { generated, statics, files: Arc::new(all), changed, assets_changed })
}
