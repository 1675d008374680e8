//! Extraction throughput on one thread: pages per second, read + decode + extract, no output.
//!
//! `cargo bench --bench extract` measures the project's own fixtures; point `SIFT_BENCH_DIR` at a folder of
//! pages (e.g. `../shared/devset/snippets/pages`) to measure those. Files are read into memory first so the
//! figure is the extractor's, not the disk's. Each pass runs every page once; the best of `SIFT_BENCH_PASSES`
//! (default 3) is reported, as the least disturbed by other work on the machine.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e != "json") {
            out.push(p);
        }
    }
}

fn main() {
    let dir = std::env::var_os("SIFT_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")));
    let passes: usize = std::env::var("SIFT_BENCH_PASSES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let mut paths = Vec::new();
    files(&dir, &mut paths);
    let pages: Vec<(String, Vec<u8>)> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok().map(|b| (p.display().to_string(), b)))
        .collect();
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let mut best = f64::INFINITY;
    let mut docs = 0usize;
    for _ in 0..passes.max(1) {
        let t = Instant::now();
        docs = 0;
        for (name, b) in &pages {
            if let Ok(ds) = sift::input::read_bytes(name, b) {
                for d in ds {
                    let ex = sift::extract::extract(&d);
                    std::hint::black_box(&ex);
                    docs += 1;
                }
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "extract: {} files ({:.1} MB), {} documents, best of {} passes {:.3} s: {:.0} pages/s, {:.1} MB/s, one thread",
        pages.len(),
        bytes as f64 / 1e6,
        docs,
        passes,
        best,
        docs as f64 / best,
        bytes as f64 / 1e6 / best
    );
}
