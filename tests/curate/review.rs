//! Items 10, 9 and 11: the review order, `+` giving the new box the keyboard, Escape, plurals and the close
//! dialog.

use super::*;
use sift::record::Status;

fn record_on_disk(dir: &Path, id: &str) -> serde_json::Value {
    let path = dir.join("archive/records").join(format!("{id}.json"));
    serde_json::from_slice(&std::fs::read(path).expect("record written")).expect("json")
}

#[test]
fn save_and_reject_open_the_next_record_still_to_review() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("harbour-copy.txt");
    std::fs::copy(fixture("harbour-dump.txt"), &copy).expect("copy");
    let mut h = harness_with(
        dir.path(),
        vec![fixture("harbour-dump.txt"), fixture("long-dump.txt"), copy],
    );
    assert_eq!(
        h.state().list.rows.len(),
        2,
        "the copy has the same bytes: one record"
    );
    let ids: Vec<String> = h.state().list.rows.iter().map(|r| r.id.clone()).collect();
    let open_id =
        |h: &Harness<'static, SiftApp>| h.state().current().expect("open").record.id.clone();
    if open_id(&h) != ids[0] {
        chord(&mut h, Modifiers::ALT, Key::ArrowUp);
        frame(&mut h);
    }
    assert_eq!(open_id(&h), ids[0]);
    // Save the second one as a draft: still to review.
    chord(&mut h, Modifiers::ALT, Key::ArrowDown);
    frame(&mut h);
    assert_eq!(open_id(&h), ids[1]);
    chord(&mut h, Modifiers::COMMAND, Key::S);
    frame(&mut h);
    chord(&mut h, Modifiers::ALT, Key::ArrowUp);
    frame(&mut h);
    assert_eq!(open_id(&h), ids[0]);
    // Reject saves and moves on to the next still to review.
    chord(&mut h, Modifiers::COMMAND, Key::R);
    frame(&mut h);
    let first = ids[0].clone();
    assert_eq!(record_on_disk(dir.path(), &first)["status"], "rejected");
    assert_eq!(open_id(&h), ids[1], "{}", h.state().status.text);
    chord(&mut h, Modifiers::COMMAND, Key::Enter);
    frame(&mut h);
    let second = ids[1].clone();
    assert_eq!(record_on_disk(dir.path(), &second)["status"], "curated");
    let status = &h.state().status.text;
    assert!(
        status.contains("Saved") && status.contains(&second),
        "the save message stays: {status}"
    );
    assert!(status.contains("2 records reviewed, none left"), "{status}");
    let rejected = h
        .state()
        .items
        .iter()
        .find(|i| i.record.id == first)
        .expect("kept open");
    assert_eq!(rejected.record.status, Status::Rejected);
}

#[test]
fn plus_gives_the_new_box_the_keyboard() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    row_containing(&h, HEADLINE).click();
    h.run();
    let before = h.state().current().expect("open").record.clone();
    let tags_y = h.get_by_label("Tags").rect().center().y;
    h.get_all_by_label("+")
        .find(|n| (n.rect().center().y - tags_y).abs() < 6.0)
        .expect("the + beside Tags")
        .click();
    h.run();
    keys_of(&mut h, "harbour");
    frame(&mut h);
    let it = h.state().current().expect("open");
    assert_eq!(it.record.tags, vec!["harbour".to_string()]);
    assert_eq!(it.record.authors, before.authors, "A added no author");
    assert_eq!(it.record.body, before.body, "B appended nothing");
}

#[test]
fn escape_closes_the_shortcuts_and_the_export_dialog() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    chord(&mut h, Modifiers::NONE, Key::F1);
    frame(&mut h);
    assert!(h.state().ui_state.show_help);
    chord(&mut h, Modifiers::NONE, Key::Escape);
    frame(&mut h);
    assert!(!h.state().ui_state.show_help);
    chord(&mut h, Modifiers::COMMAND, Key::E);
    frame(&mut h);
    assert!(h.state().ui_state.export.is_some());
    chord(&mut h, Modifiers::NONE, Key::Escape);
    frame(&mut h);
    assert!(h.state().ui_state.export.is_none());
}

#[test]
fn the_close_dialog_counts_right_and_saves_all() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    row_containing(&h, ENGINEERS).click();
    h.run();
    chord(&mut h, Modifiers::NONE, Key::Space);
    frame(&mut h);
    h.state_mut().ui_state.confirm_close = true;
    h.run();
    assert!(
        h.query_all_by(|n| n.value().is_some_and(|v| v.starts_with("1 item has edits")))
            .count()
            > 0,
        "one item, in the singular"
    );
    h.get_by_label("Cancel");
    h.get_by_label("Close without saving");
    chord(&mut h, Modifiers::NONE, Key::Escape);
    frame(&mut h);
    assert!(!h.state().ui_state.confirm_close, "Escape cancels");
    h.state_mut().ui_state.confirm_close = true;
    h.run();
    h.get_by_label("Save all and close").click();
    h.run();
    let id = h.state().items[0].record.id.clone();
    assert!(
        !record_on_disk(dir.path(), &id)["body"]
            .as_str()
            .expect("body")
            .contains(ENGINEERS)
    );
    assert!(h.state().ui_state.close_confirmed);
}
