//! Helpers shared by the tests that run the `sift` binary.

use assert_cmd::Command;

/// The `sift` binary, with no default archive inherited from the environment.
pub fn sift() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sift"));
    c.env_remove("SIFT_ARCHIVE");
    c
}

/// Runs `c`, asserts it succeeded (showing its stderr if not), and returns its stdout.
pub fn stdout_of(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
