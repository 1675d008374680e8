//! Sift: curated records from scraped article files.
//!
//! The library never prints: it returns values and typed errors; the `sift` binary and the window report them.

#[cfg(feature = "gui")]
pub mod app;
pub mod archive;
pub mod cli;
pub mod eval;
pub mod extract;
pub mod input;
pub mod record;
