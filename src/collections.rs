//! Collection types shared by the stages.

/// Hash maps of the site's ids and paths: foldhash rather than SipHash, which with
/// `Path`'s hashing of every part was a third of linking's single-threaded time at
/// 100,000 initiatives. The keys come from the site's own files.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
