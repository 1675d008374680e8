//! The `sift` command line: one module per subcommand; `main.rs` only parses and dispatches.
//!
//! Commands write their output to the `out` and `err` they are given (the binary passes stdout and stderr),
//! so tests can run them in-process.

pub mod check;
pub mod duplicates;
pub mod eval;
pub mod export;
pub mod extract;
pub mod import;
mod indexing;
pub mod list;
pub mod reindex;
pub mod search;
pub(crate) use crate::input::walk;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status: everything went well.
pub const EXIT_OK: u8 = 0;
/// Exit status: some files failed, problems were found, or the command could not run (say, the archive is
/// in use by another Sift).
pub const EXIT_FAILED: u8 = 1;
/// Exit status: the command line was wrong (clap's own status for usage errors).
pub const EXIT_USAGE: u8 = 2;

const AFTER_HELP: &str = "\
Run `sift` alone to open the window. Run `sift COMMAND --help` for a command's options and examples.

Archive: commands that use one take --archive DIR, else $SIFT_ARCHIVE, else `archive` in your data folder \
(~/.local/share/sift/archive on Linux). A new folder becomes an archive on the first import.

Exit status: 0 all went well; 1 some files failed, problems were found, or the command could not run; \
2 the command line was wrong.

Quick start:
  sift import saved-pages/          extract every file into the archive as drafts
  sift list                         see what is there
  sift search tidal power           find records by any word in them
  sift export --format csv -o articles.csv";

/// Sift: extract, curate and archive scraped articles.
#[derive(Debug, Parser)]
#[command(
    name = "sift",
    version,
    about = "Sift: extract articles from saved pages, text dumps and scraper JSON, curate them, keep them in an archive.",
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract articles from files or folders and print one JSON record per line (no archive involved).
    Extract(extract::Args),
    /// Extract files or folders into the archive as draft records, keeping their raw bytes.
    Import(import::Args),
    /// Write the archive's records as JSON Lines, CSV, CSL-JSON (Zotero) or Markdown.
    Export(export::Args),
    /// Check the archive: records parse and fit the schema, raw files are intact; a crash's leftovers are removed.
    Check(check::Args),
    /// List the archive's records: id, status, date, title; filtered by status, date or site.
    List(list::Args),
    /// Search the archive's records: words, "phrases", prefix*, -word, status:, site:, author:, tag:, lang:, published:.
    Search(search::Args),
    /// List the groups of duplicate records: ids, why (bytes, url, text) and how similar.
    Duplicates(duplicates::Args),
    /// Rebuild the archive's index (index.sqlite) from its record files.
    Reindex(reindex::Args),
    /// Score extraction against a ground truth, or against the curators' fixes in the archive.
    Eval(eval::Args),
    /// Open the window, optionally importing files or folders into its queue.
    Gui(GuiArgs),
}

/// Arguments of `sift gui`.
#[derive(Debug, clap::Args)]
pub struct GuiArgs {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// Files or folders to open in the queue.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// The archive a command works on.
#[derive(Debug, Clone, clap::Args)]
pub struct ArchiveArg {
    /// The archive folder [default: $SIFT_ARCHIVE, else `archive` in your data folder].
    #[arg(long, env = "SIFT_ARCHIVE", value_name = "DIR", hide_env_values = true)]
    pub archive: Option<PathBuf>,
}

impl ArchiveArg {
    /// The folder given, else the default.
    pub fn dir(&self) -> anyhow::Result<PathBuf> {
        match &self.archive {
            Some(p) => Ok(p.clone()),
            None => crate::archive::Archive::default_dir().ok_or_else(|| {
                anyhow::anyhow!("no home folder to put the default archive in; pass --archive DIR")
            }),
        }
    }

    /// Opens the archive for reading: the commands that only read or report share this, so a folder that is
    /// not an archive gets the same error from each.
    pub fn open_read_only(&self) -> anyhow::Result<crate::archive::Archive> {
        Ok(crate::archive::Archive::open_read_only(self.dir()?)?)
    }
}

/// How a command ended, short of an error that stopped it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// It ran to the end, but some files failed or problems were found.
    SomeFailed,
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Runs a command other than `gui` and returns the process's exit status. Errors that stop the command are
/// printed on `err` with what to do.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let res = match command {
        Command::Extract(a) => extract::main(a, out, err),
        Command::Import(a) => import::main(a, err),
        Command::Export(a) => export::main(a, out, err),
        Command::Check(a) => check::main(a, out, err),
        Command::List(a) => list::main(a, out, err),
        Command::Search(a) => search::main(a, out, err),
        Command::Duplicates(a) => duplicates::main(a, out, err),
        Command::Reindex(a) => reindex::main(a, err),
        Command::Eval(a) => eval::main(a, out, err),
        Command::Gui(_) => Err(anyhow::anyhow!(
            "`sift gui` needs the window, which this build lacks"
        )),
    };
    match res {
        Ok(Outcome::Ok) => ExitCode::from(EXIT_OK),
        Ok(Outcome::SomeFailed) => ExitCode::from(EXIT_FAILED),
        // The reader went away (`sift list | head`): not an error worth a message.
        Err(e) if is_broken_pipe(&e) => ExitCode::from(EXIT_OK),
        Err(e) => {
            let _ = writeln!(err, "sift: {e:#}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}
