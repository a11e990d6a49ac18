//! Scaffolding for `retning new` and `retning init` (being written).
