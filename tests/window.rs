//! The curator window driven through its real UI with egui_kittest: import a text dump shaped like the seed,
//! flip a raw line, assign a raw line to the title, edit a field and undo it, save, and check the record the
//! archive holds. Snapshot tests of the main views render with wgpu (software Vulkan on CI).
#![cfg(feature = "gui")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sift::app::{Prefs, SiftApp};
use std::path::{Path, PathBuf};

const HEADLINE: &str = "Harbour town votes to restore its old lighthouse";
const ENGINEERS: &str = "Engineers say the lamp room needs new glass";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/window/harbour-dump.txt")
}

/// A window over a fresh archive in `dir` with the fixture imported and open.
fn harness(dir: &Path) -> Harness<'static, SiftApp> {
    harness_sized(dir, egui::vec2(1400.0, 860.0), fixture())
}

fn harness_sized(dir: &Path, size: egui::Vec2, file: PathBuf) -> Harness<'static, SiftApp> {
    let archive = dir.join("archive");
    let data = dir.join("data");
    // A record opens on a worker, which repaints when done: on a loaded machine that takes more than the
    // default four frames to settle.
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(64)
        .build_eframe(move |cc| {
            SiftApp::with_data_dir(
                &cc.egui_ctx,
                Prefs::default(),
                Some(archive),
                vec![file],
                data,
            )
        });
    h.state_mut().wait_for_import();
    h.state_mut().wait_for_list();
    h.run();
    h
}

/// A new window on the archive and data folder a [`harness`] in `dir` used, with nothing to import: what a
/// curator sees on the next start.
fn reopen(dir: &Path) -> Harness<'static, SiftApp> {
    let archive = dir.join("archive");
    let data = dir.join("data");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_eframe(move |cc| {
            SiftApp::with_data_dir(&cc.egui_ctx, Prefs::default(), Some(archive), vec![], data)
        });
    // The list fills on a worker; the first frame does not wait for it.
    h.state_mut().wait_for_list();
    h.run();
    h
}

/// The raw pane's row starting with `text` (a list item; the cleaned pane's paragraphs are paragraphs).
fn row_containing<'a>(h: &'a Harness<'static, SiftApp>, text: &'a str) -> egui_kittest::Node<'a> {
    h.get_by(move |n| n.role() == Role::ListItem && n.label().is_some_and(|v| v.starts_with(text)))
}

fn role_of(h: &Harness<'static, SiftApp>, text: &str) -> sift::extract::Role {
    let it = h.state().current().expect("open");
    it.blocks
        .iter()
        .find(|b| b.text.starts_with(text))
        .expect("block")
        .role
}

#[test]
fn import_flip_assign_edit_undo_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    {
        let app = h.state();
        assert_eq!(app.items.len(), 1, "the fixture is in the queue");
        assert!(app.open.is_some(), "and open");
        assert!(app.current().expect("open").record.body.contains(ENGINEERS));
    }

    // Flip a raw line: select it by clicking its text, press Space; the body drops it at once.
    row_containing(&h, ENGINEERS).click();
    h.run();
    h.key_press(Key::Space);
    h.run();
    assert!(
        !h.state()
            .current()
            .expect("open")
            .record
            .body
            .contains(ENGINEERS),
        "flipped line left the body"
    );

    // Assign the headline line to the title with T.
    let headline_role = role_of(&h, HEADLINE);
    let auto_title = h.state().current().expect("open").record.title.clone();
    row_containing(&h, HEADLINE).click();
    h.run();
    h.key_press(Key::T);
    h.run();
    let it = h.state().current().expect("open");
    assert_eq!(
        it.record.title.as_deref(),
        Some(HEADLINE),
        "selection assigned to the title"
    );
    assert!(
        !it.record.body.contains(HEADLINE),
        "the title line is no longer body"
    );
    assert_eq!(role_of(&h, HEADLINE), sift::extract::Role::Title);

    // Edit a field through its text box, then undo it with Ctrl+Z.
    h.get_by_role_and_label(Role::TextInput, "Section").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Section")
        .type_text("Local news");
    h.run();
    assert_eq!(
        h.state().current().expect("open").record.section.as_deref(),
        Some("Local news")
    );
    // Escape hands the keyboard back (Ctrl+Z in a text box is that box's own undo), then Ctrl+Z undoes.
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().current().expect("open").record.section,
        None,
        "undo took the typing back"
    );
    // A second undo takes back the title assignment, and redo brings it again.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        role_of(&h, HEADLINE),
        headline_role,
        "undo gave the line its role back"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        h.state().current().expect("open").record.title.as_deref(),
        Some(HEADLINE)
    );

    // Click elsewhere so no text box has the keyboard, then save.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let app = h.state();
    assert!(!app.status.error, "{}", app.status.text);
    let id = app.current().expect("open").record.id.clone();
    let path = dir
        .path()
        .join("archive/records")
        .join(format!("{id}.json"));
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("record written")).expect("json");
    assert_eq!(saved["title"], HEADLINE);
    assert!(!saved["body"].as_str().expect("body").contains(ENGINEERS));
    assert!(
        saved["body"]
            .as_str()
            .expect("body")
            .contains("Volunteers collected")
    );
    assert!(saved["section"].is_null());
    // The real extractor may already find the headline: assigning the same text is then no edit.
    assert_eq!(
        saved["edited"]
            .as_array()
            .expect("edited")
            .iter()
            .any(|e| e == "title"),
        auto_title.as_deref() != Some(HEADLINE)
    );
    assert_eq!(saved["status"], "draft");
    assert!(!app.current().expect("open").dirty);
}

#[test]
fn ctrl_enter_saves_as_curated_and_reopening_shows_the_flips() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    row_containing(&h, ENGINEERS).click();
    h.run();
    h.key_press(Key::Space);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let id = h.state().items[0].record.id.clone();
    let listed = h.state().items[0]
        .record
        .title
        .clone()
        .unwrap_or_else(|| id.clone());
    let rec: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            dir.path()
                .join("archive/records")
                .join(format!("{id}.json")),
        )
        .expect("written"),
    )
    .expect("json");
    assert_eq!(rec["status"], "curated");
    assert!(rec["curated_at"].is_string());
    drop(h);

    // A new window on the same archive lists the record; opening it keeps the flip.
    let mut h = reopen(dir.path());
    assert_eq!(h.state().list.rows.len(), 1);
    h.get_by_label(&listed).click();
    h.step();
    // The record opens on a worker; the frame that asked did not wait for it.
    h.state_mut().wait_for_open();
    h.run();
    let it = h.state().current().expect("opened from the archive");
    assert!(
        !it.record.body.contains(ENGINEERS),
        "the flip came back with the record"
    );
    let dropped = it
        .blocks
        .iter()
        .find(|b| b.text.starts_with(ENGINEERS))
        .expect("block");
    assert!(!dropped.is_body());
}

/// What a window import brings in is in the archive at once, as `sift import` would leave it: closing the window
/// without touching anything loses none of it, and a new window lists it.
#[test]
fn a_window_import_is_in_the_archive_when_the_window_closes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).expect("inputs");
    std::fs::copy(fixture(), inputs.join("harbour.txt")).expect("copy");
    let lines: String = (1..=3)
        .map(|k| {
            format!(
                "{{\"title\": \"Ferry timetable change number {k}\", \"text\": \"The ferry leaves at {k} o'clock from the north pier from Monday. Travellers are asked to arrive early, since the new gangway takes longer to board.\"}}\n"
            )
        })
        .collect();
    std::fs::write(inputs.join("ferries.jsonl"), lines).expect("jsonl");
    let h = harness_sized(dir.path(), egui::vec2(1400.0, 860.0), inputs);
    {
        let app = h.state();
        assert!(app.failed.is_empty(), "{:?}", app.failed);
        assert_eq!(app.list.rows.len(), 4, "listed as they came in");
        assert!(app.current().is_some(), "the first imported record is open");
    }
    drop(h);
    let records: Vec<serde_json::Value> = std::fs::read_dir(dir.path().join("archive/records"))
        .expect("records")
        .map(|e| {
            serde_json::from_slice(&std::fs::read(e.expect("entry").path()).expect("read"))
                .expect("json")
        })
        .collect();
    assert_eq!(records.len(), 4, "one draft per document");
    assert!(records.iter().all(|r| r["status"] == "draft"));
    assert!(
        records
            .iter()
            .any(|r| r["title"] == "Ferry timetable change number 2"),
        "the JSON Lines records are there"
    );
    let h = reopen(dir.path());
    assert_eq!(h.state().list.rows.len(), 4, "a new window lists them");
}

/// Three JSON Lines articles, one a line, with distinct titles.
fn three_articles(dir: &Path) -> PathBuf {
    let inputs = dir.join("inputs");
    std::fs::create_dir_all(&inputs).expect("inputs");
    let lines: String = ["Ferry timetable changes", "Library opens on Sundays", "Pier repairs begin"]
        .iter()
        .enumerate()
        .map(|(k, t)| {
            format!(
                "{{\"title\": \"{t}\", \"date\": \"2025-0{}-10\", \"text\": \"{t}: the council said on Monday that the work is paid for by the harbour fund. Residents were asked for their views at a meeting in the old net loft, where many came.\"}}\n",
                k + 1
            )
        })
        .collect();
    let f = inputs.join("three.jsonl");
    std::fs::write(&f, lines).expect("jsonl");
    f
}

/// Click, Shift+click and Ctrl+click select rows as in a file manager; a bulk status change on the three saves
/// all three, each with its old version in history.
#[test]
fn bulk_status_on_three_selected_records_keeps_their_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = three_articles(dir.path());
    let mut h = harness_sized(dir.path(), egui::vec2(1400.0, 860.0), file);
    assert_eq!(h.state().list.rows.len(), 3);
    // Newest first: Pier (March), Library (February), Ferry (January).
    h.get_by_label("Pier repairs begin").click();
    h.run();
    h.get_by_label("Ferry timetable changes")
        .click_modifiers(Modifiers::SHIFT);
    h.run();
    assert_eq!(
        h.state().list.selected.len(),
        3,
        "Shift+click took the range"
    );
    h.get_by_label("Library opens on Sundays")
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().list.selected.len(), 2, "Ctrl+click took one out");
    h.get_by_label("Library opens on Sundays")
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    let ids = h.state().list.selection();
    assert_eq!(ids.len(), 3);
    let ctx = h.ctx.clone();
    h.state_mut().run_command(
        &ctx,
        sift::app::command::Command::Bulk(sift::app::BulkOp::Status(sift::record::Status::Curated)),
    );
    h.state_mut().wait_for_bulk();
    h.state_mut().wait_for_list();
    h.run();
    let app = h.state();
    assert!(!app.status.error, "{}", app.status.text);
    let archive = dir.path().join("archive");
    for id in &ids {
        let rec: serde_json::Value = serde_json::from_slice(
            &std::fs::read(archive.join("records").join(format!("{id}.json"))).expect("record"),
        )
        .expect("json");
        assert_eq!(rec["status"], "curated", "{id}");
        let old: Vec<_> = std::fs::read_dir(archive.join("history").join(id))
            .expect("history kept")
            .collect();
        assert_eq!(old.len(), 1, "one old version of {id}");
        let old: serde_json::Value = serde_json::from_slice(
            &std::fs::read(old[0].as_ref().expect("entry").path()).expect("old"),
        )
        .expect("json");
        assert_eq!(old["status"], "draft");
    }
    assert!(
        app.list
            .rows
            .iter()
            .all(|r| r.status == sift::record::Status::Curated),
        "the list shows the new status"
    );
}

/// The list fills from the archive's index, brought in step on open: a record whose file was edited by hand
/// while no Sift ran is listed as the file now says, and a search goes through the index's query language.
#[test]
fn the_list_fills_from_the_index_after_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = three_articles(dir.path());
    let h = harness_sized(dir.path(), egui::vec2(1400.0, 860.0), file);
    let id = h.state().list.rows[0].id.clone();
    drop(h);
    let archive = dir.path().join("archive");
    assert!(
        archive.join("index.sqlite").exists(),
        "the window made the index"
    );
    let path = archive.join("records").join(format!("{id}.json"));
    let mut rec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("record")).expect("json");
    rec["title"] = "Lighthouse keeper retires after forty winters".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&rec).expect("json")).expect("edit by hand");

    let mut h = reopen(dir.path());
    let app = h.state();
    assert_eq!(app.list.rows.len(), 3);
    let row = app.list.rows.iter().find(|r| r.id == id).expect("listed");
    assert_eq!(row.title, "Lighthouse keeper retires after forty winters");
    h.state_mut().ui_state.search = "lighthouse -ferry".into();
    for k in 1..=3 {
        h.input_mut().time = Some(f64::from(k));
        h.step();
    }
    h.state_mut().wait_for_list();
    let ids: Vec<String> = h.state().list.rows.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, [id], "the query ran on the index");
}

#[test]
fn unsaved_edits_survive_as_drafts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    row_containing(&h, ENGINEERS).click();
    h.run();
    h.key_press(Key::Space);
    h.run();
    // The window writes drafts every few seconds; a run of frames with time passing triggers it.
    for k in 1..=3 {
        h.input_mut().time = Some(f64::from(k) * 10.0);
        h.step();
    }
    drop(h);
    let h = reopen(dir.path());
    let app = h.state();
    assert_eq!(
        app.items.len(),
        1,
        "the draft came back: {}",
        app.status.text
    );
    assert!(app.items[0].dirty);
    assert!(!app.items[0].record.body.contains(ENGINEERS));
}

/// A click on a row's role tag (where a click at the row's start lands) selects the row like a click on its text:
/// the whole row is the target.
#[test]
fn clicking_a_role_tag_selects_its_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let row = row_containing(&h, HEADLINE).rect();
    // The tag sits between the box and the text.
    let at = egui::pos2(row.left() + 40.0, row.top() + 8.0);
    h.event(egui::Event::PointerMoved(at));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
    let it = h.state().current().expect("open");
    let at = it
        .blocks
        .iter()
        .position(|b| b.text.starts_with(HEADLINE))
        .expect("block");
    assert_eq!(it.selected(), vec![at]);
}

#[test]
fn help_overlay_lists_every_shortcut() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.key_press(Key::F1);
    h.run();
    let ctx = h.ctx.clone();
    for c in sift::app::command::UICommand::ALL {
        assert!(h.query_all_by_label(c.label()).count() > 0, "{c:?} listed");
        let key = c.shortcut_text(&ctx);
        if !key.is_empty() {
            assert!(
                h.query_all_by_label(&key).count() > 0,
                "{c:?}'s key {key} shown"
            );
        }
    }
}

/// A window for pictures: its archive sits at a fixed path, since the top bar shows it.
fn snapshot_harness(name: &str) -> (PathBuf, Harness<'static, SiftApp>) {
    let dir = std::env::temp_dir().join(format!("sift-window-snapshot-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("snapshot folder");
    // The fields panel shows where the file came from: copy it to the fixed folder too.
    let file = dir.join("harbour-dump.txt");
    std::fs::copy(fixture(), &file).expect("fixture copied");
    let h = harness_sized(&dir, egui::vec2(1280.0, 760.0), file);
    (dir, h)
}

#[test]
fn snapshot_main_view() {
    let (dir, mut h) = snapshot_harness("main");
    row_containing(&h, ENGINEERS).click();
    h.run();
    h.key_press(Key::Space);
    h.run();
    h.snapshot("main_view");
    drop(h);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn snapshot_help_overlay() {
    let (dir, mut h) = snapshot_harness("help");
    h.key_press(Key::F1);
    h.run();
    h.snapshot("help_overlay");
    drop(h);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn candidates_drop_down_and_date_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // Candidates as an HTML page's metadata would give them.
    h.state_mut().items[0].record.extraction.candidates.title = vec![sift::record::Candidate {
        value: "Lighthouse to shine again".into(),
        origin: "json-ld".into(),
    }];
    h.run();
    // The title's "pick" comes first; the real extractor also offers date candidates.
    h.get_all_by_label("pick")
        .next()
        .expect("a pick button")
        .click();
    h.run();
    h.get_by_label_contains("Lighthouse to shine again").click();
    h.run();
    let it = h.state().current().expect("open");
    assert_eq!(
        it.record.title.as_deref(),
        Some("Lighthouse to shine again")
    );
    assert!(it.record.edited.iter().any(|e| e == "title"));

    // A date that is not ISO 8601 is explained inline as it is typed.
    // Start from an empty field (the real extractor fills the fixture's date).
    h.state_mut().items[0].record.published = None;
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Published")
        .click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Published")
        .type_text("2024-13");
    h.run();
    let explained = h.query_all_by(|n| {
        n.role() == Role::Label && n.value().is_some_and(|v| v.contains("month 13"))
    });
    assert_eq!(explained.count(), 1, "the field says what is wrong");
}

/// A save that fails on disk leaves the record as it was, says what failed, and keeps the edits in the window.
#[test]
fn failed_save_keeps_the_record_and_the_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().status.error, "{}", h.state().status.text);
    let id = h.state().current().expect("open").record.id.clone();
    let archive = dir.path().join("archive");
    let path = archive.join("records").join(format!("{id}.json"));
    let before = std::fs::read(&path).expect("first save written");

    // Saving again keeps the old version in history/ID/ first; a plain file there makes that fail, even for
    // root (who writes through permission bits).
    let history = archive.join("history").join(&id);
    std::fs::write(&history, b"in the way").expect("obstacle");
    row_containing(&h, ENGINEERS).click();
    h.run();
    h.key_press(Key::Space);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();

    let app = h.state();
    assert!(app.status.error, "the failure is reported as an error");
    assert!(
        app.status.text.contains("Save failed") && app.status.text.contains(&id),
        "the message says what failed and where: {}",
        app.status.text
    );
    let shown = h
        .get_all_by(|n| n.value().is_some_and(|v| v.contains("Save failed")))
        .count();
    assert!(shown > 0, "the status bar shows the failure");
    assert_eq!(
        std::fs::read(&path).expect("record still there"),
        before,
        "the record on disk is the previous version, whole"
    );
    let it = app.current().expect("open");
    assert!(it.dirty, "the edits are still unsaved, not dropped");
    assert!(!it.record.body.contains(ENGINEERS), "the flip is kept");

    // Once the obstacle is gone the same edits save.
    std::fs::remove_file(&history).expect("remove obstacle");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().status.error, "{}", h.state().status.text);
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("record")).expect("json");
    assert!(!saved["body"].as_str().expect("body").contains(ENGINEERS));
}

/// The same through permission bits: a read-only records folder. Root writes through them, so this only
/// runs as another user.
#[cfg(unix)]
#[test]
fn save_into_a_read_only_folder_fails_cleanly() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let probe = dir.path().join("probe");
    std::fs::create_dir(&probe).expect("probe");
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let root_user = std::fs::write(probe.join("x"), b"x").is_ok();
    if root_user {
        eprintln!("skipped: running as root, permission bits do not stop writes");
        return;
    }
    let mut h = harness(dir.path());
    let records = dir.path().join("archive/records");
    std::fs::set_permissions(&records, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let app = h.state();
    std::fs::set_permissions(&records, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(app.status.error, "{}", app.status.text);
    assert!(
        app.status.text.contains("Save failed"),
        "{}",
        app.status.text
    );
    assert!(
        app.status.text.to_lowercase().contains("permission"),
        "says why: {}",
        app.status.text
    );
    assert_eq!(std::fs::read_dir(&records).expect("records").count(), 0);
    assert!(
        !app.current().expect("open").in_archive,
        "the item is not taken for saved"
    );
}

/// A record file broken by hand shows in the queue as an error; opening it says why; nothing overwrites it.
#[test]
fn a_hand_broken_record_is_shown_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let id = h.state().current().expect("open").record.id.clone();
    drop(h);
    let path = dir
        .path()
        .join("archive/records")
        .join(format!("{id}.json"));
    let broken = b"{\"schema_version\": 1, \"title\": \"half-edited by ha";
    std::fs::write(&path, broken).expect("break the record");

    let mut h = reopen(dir.path());
    // One place on screen (accesskit may give a label and its text run the same rectangle).
    let mut marked: Vec<String> = h
        .get_all_by(|n| n.value().is_some_and(|v| v.trim() == "error"))
        .map(|n| format!("{:?}", n.rect()))
        .collect();
    marked.dedup();
    assert_eq!(
        marked.len(),
        1,
        "the broken record is listed as an error: {marked:?}"
    );
    // The entry is named by the record's id (a broken record has no title to show), shortened to fit.
    let prefix: String = id.chars().take(40).collect();
    h.get_by(|n| {
        n.value().is_some_and(|v| v.starts_with(&prefix))
            || n.label().is_some_and(|v| v.starts_with(&prefix))
    })
    .click();
    h.step();
    h.state_mut().wait_for_open();
    h.run();
    let app = h.state();
    assert!(app.status.error, "{}", app.status.text);
    assert!(
        app.status.text.contains(&id) && app.status.text.contains("Cannot open"),
        "{}",
        app.status.text
    );
    assert_eq!(
        std::fs::read(&path).expect("still there"),
        broken,
        "the broken file is never rewritten"
    );
}

/// A file far over the input limit is listed as failed from its size, never read into memory.
#[test]
fn window_import_refuses_a_huge_file_before_reading_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let huge = dir.path().join("huge.txt");
    let f = std::fs::File::create(&huge).expect("create");
    // Sparse: 3 GiB that take no disk space.
    f.set_len(3 << 30).expect("sparse");
    drop(f);
    let h = harness_sized(dir.path(), egui::vec2(1400.0, 860.0), huge);
    let failed = &h.state().failed;
    assert_eq!(failed.len(), 1, "{failed:?}");
    let want = format!("the file is {} bytes, over the limit", 3u64 << 30);
    assert!(failed[0].error.contains(&want), "{failed:?}");
}

/// Opens the listed record titled `title` in a window [`reopen`]ed on `dir`, and gives the status line.
fn open_listed(dir: &Path, title: &str) -> (String, bool, Harness<'static, SiftApp>) {
    let mut h = reopen(dir);
    let node = h
        .get_all_by(|n| {
            n.value().is_some_and(|v| v.starts_with(title))
                || n.label().is_some_and(|v| v.starts_with(title))
        })
        .next()
        .expect("the record is listed");
    node.click();
    h.step();
    h.state_mut().wait_for_open();
    h.run();
    let s = &h.state().status;
    (s.text.clone(), s.error, h)
}

/// A record whose raw file was changed or removed opens from its saved fields, and the status line says why.
#[test]
fn a_record_with_an_altered_or_missing_raw_file_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = harness(dir.path());
    let rec = h.state().current().expect("open").record.clone();
    let title = rec.title.clone().expect("a title");
    drop(h);
    let raw_dir = dir.path().join("archive/raw");
    let raw = std::fs::read_dir(&raw_dir)
        .expect("raw")
        .next()
        .expect("one raw file")
        .expect("entry")
        .path();
    std::fs::write(&raw, "changed after import").expect("alter");
    let (text, error, h) = open_listed(dir.path(), &title);
    assert!(error && text.contains("changed after import"), "{text}");
    let it = h.state().current().expect("the record still opens");
    assert_eq!(it.record.title, rec.title);
    assert_eq!(it.record.body, rec.body);
    drop(h);
    std::fs::remove_file(&raw).expect("remove");
    let (text, error, h) = open_listed(dir.path(), &title);
    assert!(error && text.contains("is missing"), "{text}");
    assert_eq!(h.state().current().expect("opens").record.body, rec.body);
}
