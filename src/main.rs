//! `sift`: with no arguments, the window; otherwise the command line (see `sift --help`).

use clap::Parser;
use sift::cli::{Cli, Command};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => gui(None, vec![], true),
        Some(Command::Gui(args)) => gui(args.archive.archive, args.paths, false),
        Some(cmd) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            sift::cli::run(&cmd, &mut out, &mut err)
        }
    }
}

/// The window (`sift` alone, or `sift gui`).
#[cfg(feature = "gui")]
fn gui(archive: Option<PathBuf>, paths: Vec<PathBuf>, _bare: bool) -> ExitCode {
    match sift::app::run(archive, paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sift: {e:#}");
            ExitCode::from(sift::cli::EXIT_FAILED)
        }
    }
}

/// Built without the window: the help, which lists what the command line does.
#[cfg(not(feature = "gui"))]
fn gui(archive: Option<PathBuf>, paths: Vec<PathBuf>, bare: bool) -> ExitCode {
    use clap::CommandFactory;
    let _ = (archive, paths);
    let _ = Cli::command().print_help();
    if bare {
        return ExitCode::SUCCESS;
    }
    eprintln!("sift: this build has no window (built without the `gui` feature)");
    ExitCode::from(sift::cli::EXIT_FAILED)
}
