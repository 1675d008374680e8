//! Item 12: with no system file dialog, every dialog action works from a path entry in the window that has the
//! keyboard as it opens: typed or pasted, Tab completes from the file system, Enter acts, Escape cancels.

use super::*;
use sift::app::file_dialog::{Native, PathAction};
use sift::app::panels::path_entry::entry_id;

/// The window over an empty archive, its system dialog one that never shows (as on a desktop without portal or
/// zenity).
fn no_dialog_window(dir: &Path) -> Harness<'static, SiftApp> {
    let mut h = harness_with(dir, vec![]);
    h.state_mut().ui_state.native_dialog = Some(|_: &PathAction| Native::Failed);
    h
}

fn entry_text(h: &Harness<'static, SiftApp>) -> String {
    h.state()
        .ui_state
        .path_entry
        .as_ref()
        .map(|e| e.text.clone())
        .expect("the path entry shows")
}

fn entry_has_keyboard(h: &Harness<'static, SiftApp>) -> bool {
    h.ctx.memory(|m| m.has_focus(entry_id()))
}

/// Replaces the entry's text with `text` as a paste does, in the next frame.
fn paste(h: &mut Harness<'static, SiftApp>, text: &str) {
    chord(h, Modifiers::COMMAND, Key::A);
    h.input_mut().events.push(Event::Paste(text.to_string()));
}

fn press(h: &mut Harness<'static, SiftApp>, key: Key) {
    h.input_mut()
        .events
        .push(key_event(key, true, Modifiers::NONE));
    h.input_mut()
        .events
        .push(key_event(key, false, Modifiers::NONE));
}

#[test]
fn ctrl_o_without_a_dialog_says_so_and_imports_a_typed_path_with_tab_completion() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).expect("mkdir");
    std::fs::copy(fixture("harbour-dump.txt"), pages.join("harbour-dump.txt")).expect("copy");
    std::fs::write(pages.join("notes.md"), "not for import").expect("write");
    let mut h = no_dialog_window(dir.path());

    chord(&mut h, Modifiers::COMMAND, Key::O);
    frame(&mut h);
    let status = h.state().status.text.clone();
    assert!(status.contains("No file dialog could open"), "{status}");
    assert!(
        entry_has_keyboard(&h),
        "the entry has the keyboard as it opens"
    );

    // Typed letters go into the entry, never to the letter shortcuts; Tab completes the one name that fits.
    paste(&mut h, &format!("{}/", pages.display()));
    keys_of(&mut h, "ha");
    frame(&mut h);
    assert_eq!(entry_text(&h), format!("{}/ha", pages.display()));
    press(&mut h, Key::Tab);
    frame(&mut h);
    assert_eq!(
        entry_text(&h),
        format!("{}/harbour-dump.txt", pages.display())
    );
    assert!(entry_has_keyboard(&h), "Tab completes, the keyboard stays");

    press(&mut h, Key::Enter);
    h.step();
    h.state_mut().wait_for_import();
    h.state_mut().wait_for_list();
    h.run();
    assert!(h.state().ui_state.path_entry.is_none());
    assert_eq!(h.state().list.rows.len(), 1, "{}", h.state().status.text);
    assert_eq!(
        h.state().current().map(|it| it.display_title()),
        Some(HEADLINE.to_string())
    );
}

#[test]
fn a_wrong_path_is_said_and_escape_cancels_without_a_trace() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = no_dialog_window(dir.path());
    chord(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    frame(&mut h);
    paste(&mut h, &format!("{}/no-such-folder", dir.path().display()));
    press(&mut h, Key::Enter);
    frame(&mut h);
    let problem = h
        .state()
        .ui_state
        .path_entry
        .as_ref()
        .and_then(|e| e.problem.clone());
    assert!(
        problem.as_deref().is_some_and(|p| p.contains("No folder")),
        "{problem:?}"
    );
    assert!(entry_has_keyboard(&h), "the keyboard stays to fix the path");
    press(&mut h, Key::Escape);
    frame(&mut h);
    assert!(h.state().ui_state.path_entry.is_none());
    assert!(h.state().list.rows.is_empty());
    assert!(h.state().status.text.contains("cancelled"));
}

#[test]
fn open_archive_and_export_work_from_the_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = no_dialog_window(dir.path());
    // Open another (new) archive folder from the top bar's button.
    let other = dir.path().join("other-archive");
    h.get_by_label("Open archive…").click();
    frame(&mut h);
    assert!(entry_has_keyboard(&h));
    paste(&mut h, &other.display().to_string());
    press(&mut h, Key::Enter);
    frame(&mut h);
    h.state_mut().wait_for_list();
    h.run();
    assert_eq!(h.state().archive_path, other);
    assert!(other.join("sift-archive.json").exists());

    // Import a record into it, then export through the entry.
    let file = dir.path().join("harbour.txt");
    std::fs::copy(fixture("harbour-dump.txt"), &file).expect("copy");
    h.state_mut().start_import(vec![file]);
    h.state_mut().wait_for_import();
    h.state_mut().wait_for_list();
    h.run();
    chord(&mut h, Modifiers::COMMAND, Key::E);
    frame(&mut h);
    h.get_by_label("Choose file and export…").click();
    frame(&mut h);
    let suggested = entry_text(&h);
    assert!(suggested.ends_with("sift-export.jsonl"), "{suggested}");
    let out = dir.path().join("out.jsonl");
    paste(&mut h, &out.display().to_string());
    press(&mut h, Key::Enter);
    frame(&mut h);
    h.state_mut().wait_for_bulk();
    h.run();
    let written = std::fs::read_to_string(&out).expect("exported");
    assert_eq!(written.lines().count(), 1);
    assert!(written.contains("lighthouse"));
}
