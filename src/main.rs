//! `sift`: with no arguments, the window; otherwise the command line.

use clap::{CommandFactory, Parser};
use sift::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => {
            let _ = Cli::command().print_help();
            ExitCode::SUCCESS
        }
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
