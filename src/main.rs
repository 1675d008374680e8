//! `sift`: with no arguments, the window; otherwise the command line (see `sift --help`).

use clap::{CommandFactory, Parser};
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

/// The window. Until `sift::app::run` is in this build, the help, which lists what the command line does;
/// with the window merged this body becomes `sift::app::run(archive, paths)`.
fn gui(archive: Option<PathBuf>, paths: Vec<PathBuf>, bare: bool) -> ExitCode {
    let _ = (archive, paths);
    let _ = Cli::command().print_help();
    if bare {
        return ExitCode::SUCCESS;
    }
    eprintln!("sift: this build has no window yet");
    ExitCode::from(sift::cli::EXIT_FAILED)
}
