//! Queries on a large archive's index, in process: each query of a mixed set (a word only one body holds, common
//! words, a phrase, prefixes, filters alone and with words, a negation) run repeatedly through
//! `Archive::search` with snippets, as `sift search` runs it. Prints p50, p95 and max per query and over all.
//! Target at 100,000 records (issue 12): p95 ≤ 50 ms.
//!
//! Run: `SIFT_BENCH_ARCHIVE=/tmp/sift-archive-100000 cargo run --release --features bench-tools --bin sift-bench-search`
//! (make the archive with `scripts/gen-archive.sh`). Reads only.

use sift::archive::Archive;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

const QUERIES: [&str; 10] = [
    "zyxwquillon",
    "harbour",
    "bibliothek museum",
    "\"tunnel forest\"",
    "ingen*",
    "status:draft published:2024-01..2024-06",
    "lang:de hafen",
    "site:gazette -budget",
    "author:keller",
    "river published:2019",
];
const RUNS: usize = 30;

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let Some(dir) = std::env::var_os("SIFT_BENCH_ARCHIVE") else {
        eprintln!("set SIFT_BENCH_ARCHIVE to an archive (scripts/gen-archive.sh makes one)");
        return;
    };
    let archive = Archive::open_read_only(&dir).expect("an archive");
    let t = Instant::now();
    let (cat, report) = archive
        .index(&|_, _| {}, &AtomicBool::new(false))
        .expect("the index");
    println!(
        "index opened and in step in {:.1} ms ({} records, rebuilt: {:?})",
        t.elapsed().as_secs_f64() * 1e3,
        report.total,
        report.rebuilt
    );
    let mut all = Vec::new();
    for q in QUERIES {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            hits = archive
                .search(&cat, q, None, Some(20))
                .expect("search")
                .len();
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        all.extend_from_slice(&times);
        let max = times.iter().copied().fold(0.0, f64::max);
        println!(
            "{q:45} {hits:3} hits  p50 {:6.2} ms  p95 {:6.2} ms  max {:6.2} ms",
            pct(&mut times, 0.5),
            pct(&mut times, 0.95),
            max
        );
    }
    println!(
        "all queries: p50 {:.2} ms, p95 {:.2} ms ({} runs)",
        pct(&mut all, 0.5),
        pct(&mut all, 0.95),
        all.len()
    );
}
