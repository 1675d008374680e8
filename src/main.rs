//! `sift`: with no arguments, the window; otherwise the command line (see `sift --help`).

use clap::Parser;
use sift::cli::{Cli, Command};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => gui(None, vec![]),
        Some(Command::Gui(args)) => gui(args.archive.archive, args.paths),
        Some(cmd) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            sift::cli::run(&cmd, &mut out, &mut err)
        }
    }
}

/// The window (`sift` alone, or `sift gui`); its errors printed, exit status 1.
#[cfg(feature = "gui")]
fn gui(archive: Option<PathBuf>, paths: Vec<PathBuf>) -> ExitCode {
    match sift::app::run(archive, paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sift: {e:#}");
            ExitCode::from(sift::cli::EXIT_FAILED)
        }
    }
}

/// A build without the window: the help, and for `sift gui` an error saying why.
#[cfg(not(feature = "gui"))]
fn gui(archive: Option<PathBuf>, paths: Vec<PathBuf>) -> ExitCode {
    use clap::CommandFactory;
    let _ = Cli::command().print_help();
    if archive.is_none() && paths.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!("sift: this build has no window (built without the `gui` feature)");
    ExitCode::from(sift::cli::EXIT_FAILED)
}
