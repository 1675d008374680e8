//! `sift`: with no arguments, the window; otherwise the command line (see `sift --help`).

use clap::{CommandFactory, Parser};
use sift::cli::{Cli, Command, GuiArgs};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        None => gui(None),
        Some(Command::Gui(args)) => gui(Some(args)),
        Some(cmd) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            sift::cli::run(cmd, &mut out, &mut err)
        }
    }
}

/// The window is not in this build yet: show the help, which lists what the command line does.
fn gui(args: Option<&GuiArgs>) -> ExitCode {
    let _ = Cli::command().print_help();
    if args.is_some() {
        eprintln!("sift: the window is not available in this build yet");
        return ExitCode::from(sift::cli::EXIT_FAILED);
    }
    ExitCode::SUCCESS
}
