//! Whole-site tests: one integration binary, one module per area.

mod support;

mod authoring;
mod build;
mod build_data;
mod build_errors;
mod build_l10n;
mod build_links;
mod build_output;
mod build_urls;
mod docs;
mod follow_up;
mod history;
mod messages;
mod method;
mod open_data;
mod public_data;
mod readability;
mod robustness;
mod security;
mod serve;
