//! Whole-site tests: one integration binary, one module per area.

mod support;

mod build;
mod robustness;
mod serve;
