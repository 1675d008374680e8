//! `sift eval`: how well extraction does. Against a ground truth (`--truth`, either format of the shared
//! evaluation), it extracts the pages given (and/or reads other extractors' JSON lines) and prints one score
//! line per run, in the shape `score.py` prints, then the worst pages. Without `--truth`, it reads the archive
//! and reports how often curators kept each automatic value, and the documents they fixed most.

use super::{ArchiveArg, Outcome, walk};
use crate::eval::halves::Half;
use crate::eval::{self, Predictions, Report, Truth, aeb, curated, snippets, wcxb};
use crate::{extract, input};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `sift eval`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
With --truth, scores extraction against a ground truth: an evaldata.json (per page: file, with, without, \
title, author, date), a ground-truth.json (NAME -> {articleBody}) or a WCXB ground-truth folder (NNNN.json \
with ground_truth.main_content, with, without, title, author, publish_date; word F1 per page type). Pages are \
paired with the truth by file name without extension (NAME/source.html pairs with NAME). Without --truth, \
scores the archive: curated records are the truth.

--halves also scores each half of the set apart: pages split by a hash of their domain (64-bit FNV-1a of the \
URL's host without www.; even -> A, odd -> B; pages without a URL by their name without a trailing -N), so a \
rule tuned on one half can be checked on sites it never saw.

Examples:
  sift eval --truth devset/snippets/evaldata.json devset/snippets/pages
  sift eval --truth devset/readability/ground-truth.json devset/readability --jsonl traf.jsonl
  sift eval --truth devset/snippets/evaldata.json devset/snippets/pages --fail-under 0.93
  sift eval --truth devset/wcxb/ground-truth devset/wcxb/html --jsonl traf.jsonl --halves
  sift eval --archive my-archive --worst 20")]
pub struct Args {
    /// Ground truth to score against (evaldata.json or ground-truth.json) [default: score the archive].
    #[arg(long, value_name = "FILE")]
    pub truth: Option<PathBuf>,
    /// Score this extractor output (JSON lines as `sift extract --jsonl` prints) instead of, or beside,
    /// extracting PATHs; repeat to compare several side by side. Needs --truth.
    #[arg(long, value_name = "FILE", requires = "truth")]
    pub jsonl: Vec<PathBuf>,
    /// How many of the worst documents to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub worst: usize,
    /// Exit with status 1 when the first run's body F1 is below this: a quality gate for scripts and CI.
    /// Pages that fail to read then count as missing (scored 0) rather than failing the run. Needs --truth.
    #[arg(long, value_name = "F1", requires = "truth")]
    pub fail_under: Option<f64>,
    /// Also score each half of the set (split by a hash of the page's domain) apart. Needs --truth.
    #[arg(long, requires = "truth")]
    pub halves: bool,
    /// Write each extracted page's page-type features (one JSON object a line: key, annotated type and half
    /// when the truth is a WCXB folder, the feature vector) to FILE, for `scripts/train-page-types.py`.
    #[arg(long, value_name = "FILE", requires = "truth")]
    pub page_features: Option<PathBuf>,
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// Pages to extract and score (files or folders; only files the truth names are read). Needs --truth.
    #[arg(value_name = "PATH", requires = "truth")]
    pub paths: Vec<PathBuf>,
}

/// Runs the command: scores on `out`, extraction failures and summaries on `err`.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    match &args.truth {
        Some(t) => against_truth(args, t, out, err),
        None => against_archive(args, out, err),
    }
}

fn against_truth(
    args: &Args,
    truth_path: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    if args.paths.is_empty() && args.jsonl.is_empty() {
        anyhow::bail!("give PATHs to extract or --jsonl FILEs to score (see `sift eval --help`)");
    }
    let truth = Truth::load(truth_path)?;
    if truth.is_empty() {
        anyhow::bail!("{}: the ground truth has no pages", truth_path.display());
    }
    let mut outcome = Outcome::Ok;
    let mut runs: Vec<(String, Predictions)> = Vec::new();
    if !args.paths.is_empty() {
        let (pred, failed, features) = extract_pages(&args.paths, &truth, err)?;
        if let Some(f) = &args.page_features {
            write_features(f, &truth, &features)?;
        }
        // Under a floor, a file that fails to read is a missing page, scored 0: the floor alone decides.
        if failed > 0 && args.fail_under.is_none() {
            outcome = Outcome::SomeFailed;
        }
        runs.push(("sift".to_string(), pred));
    }
    for p in &args.jsonl {
        let (pred, bad) = eval::load_jsonl(p)?;
        if bad > 0 {
            writeln!(
                err,
                "sift: {}: {bad} lines skipped (not JSON, or no source file)",
                p.display()
            )?;
        }
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string());
        runs.push((name, pred));
    }
    let halves = [Half::A, Half::B].map(|h| (h, truth.half(h)));
    for (i, (name, pred)) in runs.iter().enumerate() {
        if args.halves {
            for (h, part) in &halves {
                let label = format!("{name} [{} {}]", h.name(), part.len());
                writeln!(out, "{}", score_line(&label, &eval::score(part, pred)))?;
            }
        }
        let report = eval::score(&truth, pred);
        writeln!(out, "{}", score_line(name, &report))?;
        if let Some(floor) = args.fail_under.filter(|&f| i == 0 && report.f1() < f) {
            writeln!(
                err,
                "sift: {name}: body F1 {:.3} is below --fail-under {floor}",
                report.f1()
            )?;
            outcome = Outcome::SomeFailed;
        }
    }
    // Page types told against annotated ones, where the truth has them and a run told them.
    for (name, pred) in &runs {
        if let Report::Wcxb(r) = eval::score(&truth, pred)
            && let Some(c) = r.confusion()
        {
            writeln!(out, "\n{}", confusion_lines(name, &c, &halves, pred))?;
        }
    }
    // The worst pages of the first run: Sift's own when it extracted.
    if let Some((name, pred)) = runs.first()
        && args.worst > 0
    {
        writeln!(out, "\nworst {} pages of {name}:", args.worst)?;
        match eval::score(&truth, pred) {
            Report::Snippets(r) => {
                for p in r.worst(args.worst) {
                    writeln!(out, "  {}", snippet_page_line(p))?;
                }
            }
            Report::Aeb(r) => {
                for p in r.worst(args.worst) {
                    writeln!(out, "  {}", aeb_page_line(p))?;
                }
            }
            Report::Wcxb(r) => {
                for p in r.worst(args.worst) {
                    writeln!(out, "  {}", wcxb_page_line(p))?;
                }
            }
        }
    }
    out.flush()?;
    Ok(outcome)
}

/// The score lines, as `score.py` prints them (WCXB: a second line of F1 per page type).
pub fn score_line(name: &str, report: &Report) -> String {
    match report {
        Report::Snippets(r) => {
            let share = |(ok, n): (usize, usize)| snippets::ratio(ok, n);
            format!(
                "{name:28} F1={:.3} P={:.3} R={:.3} missing={}/{} title={:.3} author={:.3} date={:.3}",
                r.f1,
                r.precision,
                r.recall,
                r.missing,
                r.pages.len(),
                share(r.title),
                share(r.author),
                share(r.date)
            )
        }
        Report::Aeb(r) => format!(
            "{name:28} F1={:.3} P={:.3} R={:.3} exact={:.3} missing={}/{}",
            r.f1,
            r.precision,
            r.recall,
            r.exact,
            r.missing,
            r.pages.len()
        ),
        Report::Wcxb(r) => {
            let share = |(ok, n): (usize, usize)| snippets::ratio(ok, n);
            let types: Vec<String> = r
                .by_type
                .iter()
                .map(|(t, (f1, n))| format!("{t}={f1:.3}({n})"))
                .collect();
            format!(
                "{name:28} F1={:.3} with={:.3} without={:.3} missing={}/{} title={:.3} author={:.3} date={:.3}\n{:29}{}",
                r.f1,
                r.with,
                r.without,
                r.missing,
                r.pages.len(),
                share(r.title),
                share(r.author),
                share(r.date),
                "",
                types.join(" ")
            )
        }
    }
}

/// Page-type accuracy (by halves too) and the confusion matrix, annotated types down, told types across.
fn confusion_lines(
    name: &str,
    c: &wcxb::Confusion,
    halves: &[(Half, Truth)],
    pred: &Predictions,
) -> String {
    let mut head = format!(
        "page types of {name}: accuracy={:.3} ({} pages)",
        c.accuracy(),
        c.pages
    );
    for (h, part) in halves {
        if let Report::Wcxb(r) = eval::score(part, pred)
            && let Some(hc) = r.confusion()
        {
            head.push_str(&format!(" {}={:.3}", h.name(), hc.accuracy()));
        }
    }
    let types = c.types();
    let short = |t: &str| t.chars().take(6).collect::<String>();
    let mut lines = vec![
        head,
        format!(
            "  {:14}{}",
            "annotated\\told",
            types
                .iter()
                .map(|t| format!("{:>7}", short(t)))
                .collect::<String>()
        ),
    ];
    for a in &types {
        let row: String = types
            .iter()
            .map(|t| {
                format!(
                    "{:>7}",
                    c.cells.get(&(a.clone(), t.clone())).copied().unwrap_or(0)
                )
            })
            .collect();
        lines.push(format!("  {a:14}{row}"));
    }
    lines.join("\n")
}

fn wcxb_page_line(p: &wcxb::Page) -> String {
    format!(
        "F1={:.3} {:13} told {:13} title {} author {} date {}  {} {}{}",
        p.f1,
        p.page_type,
        if p.told_type.is_empty() {
            "-"
        } else {
            &p.told_type
        },
        mark(p.title),
        mark(p.author),
        mark(p.date),
        p.key,
        p.url,
        if p.missing { "  (not extracted)" } else { "" }
    )
}

fn mark(m: Option<bool>) -> &'static str {
    match m {
        Some(true) => "ok",
        Some(false) => "WRONG",
        None => "-",
    }
}

fn snippet_page_line(p: &snippets::Page) -> String {
    format!(
        "F1={:.3} with {}/{} without {}/{} title {} author {} date {}  {}{}",
        p.f1,
        p.found,
        p.with,
        p.leaked,
        p.without,
        mark(p.title),
        mark(p.author),
        mark(p.date),
        p.key,
        if p.missing { "  (not extracted)" } else { "" }
    )
}

fn aeb_page_line(p: &aeb::Page) -> String {
    let f = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.3}"));
    format!(
        "F1={:.3} P={} R={}  {}{}",
        p.f1(),
        f(p.precision),
        f(p.recall),
        p.key,
        if p.missing { "  (not extracted)" } else { "" }
    )
}

/// Page key → its page-type feature vector.
type Features = Vec<(String, Vec<f32>)>;

/// Writes the feature vectors as JSON lines, each with the page's annotated type and half where the truth
/// has them.
fn write_features(path: &Path, truth: &Truth, features: &Features) -> anyhow::Result<()> {
    use anyhow::Context;
    let known: std::collections::HashMap<&str, (&str, &str)> = match truth {
        Truth::Wcxb(pages) => pages
            .iter()
            .map(|p| {
                let half = eval::halves::half_of(&p.url).name();
                (p.key.as_str(), (p.page_type.as_str(), half))
            })
            .collect(),
        _ => Default::default(),
    };
    let mut out = String::new();
    for (key, x) in features {
        let (kind, half) = known.get(key.as_str()).copied().unwrap_or(("", ""));
        let line = serde_json::json!({"key": key, "type": kind, "half": half, "features": x});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))
}

/// Extracts the files under `paths` that the truth names, in parallel. Returns the predictions, how many
/// files failed to read (each reported on `err`), and each page's page-type features.
fn extract_pages(
    paths: &[PathBuf],
    truth: &Truth,
    err: &mut dyn Write,
) -> anyhow::Result<(Predictions, usize, Features)> {
    let keys: HashSet<String> = truth.keys().into_iter().collect();
    let wanted = |f: &PathBuf| {
        let k = eval::fold::key(&f.display().to_string());
        // A multi-record file's records are keyed `file#N`.
        keys.contains(&k) || keys.iter().any(|t| t.starts_with(&format!("{k}#")))
    };
    let files: Vec<PathBuf> = walk::walk(paths).into_iter().filter(wanted).collect();
    let now = crate::archive::now_rfc3339();
    type Extracted = Vec<(crate::record::Record, Option<Vec<f32>>)>;
    let results: Vec<Result<Extracted, String>> = files
        .par_iter()
        .map(|f| {
            input::read_file(f)
                .map(|docs| {
                    docs.iter()
                        .map(|d| {
                            let ex = extract::extract(d);
                            let x = ex.page_signals.as_ref().map(|s| {
                                let rules = extract::page_type::rule_scores(s);
                                extract::page_type::features::vector(s, &rules)
                            });
                            (extract::to_record(d, &ex, &now), x)
                        })
                        .collect()
                })
                .map_err(|e| e.to_string())
        })
        .collect();
    let mut pred = Predictions::new();
    let mut features = Features::new();
    let mut failed = 0;
    for r in results {
        match r {
            Ok(records) => {
                for (rec, x) in records {
                    let (key, p) = eval::prediction_of(&rec);
                    if let Some(x) = x {
                        features.push((key.clone(), x));
                    }
                    pred.insert(key, p);
                }
            }
            Err(e) => {
                failed += 1;
                writeln!(err, "sift: {e}")?;
            }
        }
    }
    writeln!(
        err,
        "sift: extracted {} of the truth's {} pages from {} files, {failed} failed",
        pred.keys().filter(|k| keys.contains(*k)).count(),
        truth.len(),
        files.len()
    )?;
    Ok((pred, failed, features))
}

fn against_archive(
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let (records, broken) = archive.load_all()?;
    for b in &broken {
        writeln!(err, "sift: skipped: {b}")?;
    }
    let r = curated::score(&records);
    writeln!(
        out,
        "{} curated records ({} drafts or rejected not counted); {} kept every automatic value  (archive {})",
        r.curated,
        r.skipped,
        r.untouched,
        archive.root().display()
    )?;
    if r.curated == 0 {
        writeln!(
            out,
            "nothing to score yet: curate some records in the window, then run this again"
        )?;
        out.flush()?;
        return Ok(Outcome::Ok);
    }
    writeln!(
        out,
        "\n{:12} {:>6} {:>7} {:>7} {:>7}",
        "field", "kept", "filled", "cleared", "changed"
    )?;
    for f in &r.fields {
        writeln!(
            out,
            "{:12} {:>6.3} {:>7} {:>7} {:>7}",
            f.name,
            f.kept_share(),
            f.filled,
            f.cleared,
            f.changed
        )?;
    }
    writeln!(
        out,
        "\nautomatic body against the curated one: shingle F1 {:.3} on average",
        r.body_f1
    )?;
    let worst = r.worst(args.worst);
    if !worst.is_empty() {
        writeln!(out, "\nmost fixed documents:")?;
        for d in worst {
            writeln!(
                out,
                "  {} fields  body F1={:.3}  {}  {}  [{}]",
                d.changed.len(),
                d.body_f1,
                d.id,
                d.title.as_deref().unwrap_or("(no title)"),
                d.changed.join(", ")
            )?;
        }
    }
    out.flush()?;
    Ok(if broken.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}
