//! Sift: curated records from scraped article files.
//!
//! The library never prints: it returns values and typed errors; the `sift` binary and the window report them.

#[cfg(feature = "gui")]
pub mod app;
pub mod archive;
pub mod cli;
pub mod dedup;
pub mod eval;
pub mod extract;
pub mod input;
pub mod record;
pub mod urls;

/// "1 record", "2 records": summaries (the command line's and the window's) read as
/// sentences.
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
