//! The `sift` command line: one function per subcommand; `main.rs` only parses and dispatches.

pub mod extract;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Sift: extract, curate and archive scraped articles.
#[derive(Debug, Parser)]
#[command(name = "sift", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract articles from files or folders and print one JSON record per line.
    Extract {
        /// Print one JSON record a line (the default; kept for scripts that pass it).
        #[arg(long)]
        jsonl: bool,
        /// Files or folders (walked).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Open the curator window, importing FILES or FOLDERS into its queue.
    Gui {
        /// The archive folder (default: the last one used, else SIFT_ARCHIVE, else your data folder).
        #[arg(long, env = "SIFT_ARCHIVE")]
        archive: Option<PathBuf>,
        /// Files or folders to import into the queue.
        paths: Vec<PathBuf>,
    },
}
