//! Duplicates in the window, through its real UI with egui_kittest: a page and its text dump imported together,
//! the dump's record says whose duplicate it is, Compare shows the two side by side, and "Keep this one" keeps
//! it and saves the other as a rejected duplicate of it.
#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sift::app::command::Command;
use sift::app::{Prefs, SiftApp};
use sift::archive::Archive;
use sift::record::Status;
use std::path::Path;

const TITLE: &str = "Ferry crews learn to read the fog";
const PARAS: &[&str] = &[
    "Every deckhand on the island ferries now spends a morning in the old signal station learning the sound \
     of each foghorn along the strait, after two near misses last winter that the inquiry blamed on guesswork.",
    "The course was written by a retired pilot who kept notebooks for thirty years, recording how the horns \
     echo off the cliffs on calm days and how the wind carries them away when it turns to the south.",
    "Crews say the lessons have changed how they stand watch: they now call out each horn they hear, and the \
     bridge marks it on the chart, so that a ferry in thick fog knows where it is by ear as well as by radar.",
    "The harbour board will offer the course to fishing boats in the spring, and a recording of every horn \
     will be kept at the library for anyone who wants to learn them at home.",
];

fn write_inputs(dir: &Path) {
    let body: String = PARAS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<!doctype html><html><head><title>{TITLE} | Island Post</title></head><body><nav><a href=\"/\">Home\
         </a> <a href=\"/news\">News</a></nav><article><h1>{TITLE}</h1>{body}</article><footer>© Island Post\
         </footer></body></html>"
    );
    std::fs::write(dir.join("1-fog.html"), html).expect("write");
    let mut dump = format!("{TITLE} | Island Post\n\nHome\nNews\n\n{TITLE}\n\n");
    for p in PARAS {
        dump.push_str(p);
        dump.push_str("\n\n");
    }
    dump.push_str("© Island Post\n");
    std::fs::write(dir.join("2-fog.txt"), dump).expect("write");
}

#[test]
fn a_duplicate_says_so_compares_side_by_side_and_keeps_one() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).expect("dir");
    write_inputs(&input);
    let archive = tmp.path().join("archive");
    let data = tmp.path().join("data");
    let a = archive.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_eframe(move |cc| {
            SiftApp::with_data_dir(&cc.egui_ctx, Prefs::default(), Some(a), vec![input], data)
        });
    h.state_mut().wait_for_import();
    h.state_mut().wait_for_list();
    h.run();
    let status = h.state().status.text.clone();
    assert!(
        status.contains("2 new") && status.contains("1 duplicate"),
        "{status}"
    );

    // Which record is the duplicate, as the archive says (read-only: the window holds the lock).
    let ro = Archive::open_read_only(&archive).expect("archive");
    let (dups, originals): (Vec<_>, Vec<_>) = ro
        .ids()
        .expect("ids")
        .into_iter()
        .map(|id| ro.load(&id).expect("record"))
        .partition(|r| r.duplicate_of.is_some());
    let (dup, original) = (dups[0].id.clone(), originals[0].id.clone());
    assert_eq!(dups[0].duplicate_of.as_deref(), Some(original.as_str()));

    // The original says it has one duplicate; the duplicate says whose it is.
    let ctx = h.ctx.clone();
    h.state_mut()
        .run_command(&ctx, Command::OpenRecord(original.clone()));
    h.state_mut().wait_for_open();
    h.run();
    h.get_by_label("1 duplicate");
    h.state_mut()
        .run_command(&ctx, Command::OpenRecord(dup.clone()));
    h.state_mut().wait_for_open();
    h.run();
    h.get_by_label(&format!("Duplicate of {original}"));

    h.get_by_label("Compare…").click();
    h.run();
    let view = h
        .state()
        .ui_state
        .compare
        .as_ref()
        .expect("the compare view is open");
    assert_eq!(
        (view.left.id.as_str(), view.right.id.as_str()),
        (dup.as_str(), original.as_str())
    );
    h.get_by_label("Compare duplicates");
    // The left column is the open record: keep it.
    h.get_all_by_label("Keep this one")
        .next()
        .expect("a keep button")
        .click();
    // The keep reopens the open record and refreshes the list, both on workers: wait for them.
    h.step();
    h.state_mut().wait_for_open();
    h.state_mut().wait_for_list();
    h.run();
    let app = h.state();
    assert!(!app.status.error, "{}", app.status.text);
    assert!(
        app.status.text.contains(&format!("Kept {dup}")),
        "{}",
        app.status.text
    );
    assert!(app.ui_state.compare.is_none());

    let kept = ro.load(&dup).expect("kept");
    assert_eq!((kept.status, kept.duplicate_of), (Status::Draft, None));
    let other = ro.load(&original).expect("other");
    assert_eq!(other.status, Status::Rejected);
    assert_eq!(other.duplicate_of.as_deref(), Some(dup.as_str()));
}
