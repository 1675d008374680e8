//! `sift`: with no arguments, the window; otherwise the command line.

use clap::Parser;
use sift::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => gui(None, vec![]),
        Some(Command::Gui { archive, paths }) => gui(archive, paths),
        Some(Command::Extract { jsonl: _, paths }) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match sift::cli::extract::run(&paths, &mut out) {
                Ok(s) => {
                    eprintln!("sift: {} records, {} files failed", s.records, s.failed);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("sift: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

#[cfg(feature = "gui")]
fn gui(archive: Option<std::path::PathBuf>, paths: Vec<std::path::PathBuf>) -> ExitCode {
    match sift::app::run(archive, paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sift: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn gui(_archive: Option<std::path::PathBuf>, _paths: Vec<std::path::PathBuf>) -> ExitCode {
    use clap::CommandFactory;
    let _ = Cli::command().print_help();
    eprintln!("sift: this build has no window (built without the `gui` feature)");
    ExitCode::FAILURE
}
