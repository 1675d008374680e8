//! Item 2: a save is a point in the history; Ctrl+Z in a text box is that box's own; separate edits are
//! separate steps.

use super::*;
use egui_kittest::kittest::NodeT;
use sift::record::Status;

/// Leaves any text box (Escape hands the keyboard back), so Ctrl+Z is the item's undo.
fn leave_text_box(h: &mut Harness<'static, SiftApp>) {
    chord(h, Modifiers::NONE, Key::Escape);
    frame(h);
    assert!(!h.ctx.text_edit_focused());
}

#[test]
fn undo_after_a_save_keeps_the_saved_status() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    chord(&mut h, Modifiers::COMMAND, Key::Enter);
    frame(&mut h);
    assert_eq!(
        h.state().current().expect("open").record.status,
        Status::Curated
    );
    text_box(&h, "Section").click();
    h.run();
    keys_of(&mut h, "Local");
    frame(&mut h);
    leave_text_box(&mut h);
    chord(&mut h, Modifiers::COMMAND, Key::Z);
    frame(&mut h);
    let it = h.state().current().expect("open");
    assert_eq!(it.record.section, None, "the edit after the save is undone");
    assert_eq!(
        it.record.status,
        Status::Curated,
        "the saved status is kept"
    );
    assert!(
        !it.dirty,
        "back at the saved version: {}",
        h.state().status.text
    );
    // Nothing before the save is taken back as part of it: another undo says so or undoes older edits only.
    chord(&mut h, Modifiers::COMMAND, Key::Z);
    frame(&mut h);
    assert_eq!(
        h.state().current().expect("open").record.status,
        Status::Curated
    );
}

#[test]
fn ctrl_z_in_a_text_box_never_undoes_another_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    text_box(&h, "Section").click();
    h.run();
    keys_of(&mut h, "Local");
    frame(&mut h);
    text_box(&h, "Site").click();
    h.run();
    chord(&mut h, Modifiers::COMMAND, Key::Z);
    frame(&mut h);
    let it = h.state().current().expect("open");
    assert_eq!(
        it.record.section.as_deref(),
        Some("Local"),
        "Section keeps its typing"
    );
}

#[test]
fn caption_and_credit_edits_are_separate_steps() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.state_mut().items[0].record.images = vec![sift::record::Image::default()];
    h.run();
    h.get_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().placeholder() == Some("caption"))
        .expect("caption box")
        .click();
    h.run();
    keys_of(&mut h, "Quay");
    frame(&mut h);
    h.get_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().placeholder() == Some("credit"))
        .expect("credit box")
        .click();
    h.run();
    keys_of(&mut h, "Marta");
    frame(&mut h);
    leave_text_box(&mut h);
    chord(&mut h, Modifiers::COMMAND, Key::Z);
    frame(&mut h);
    let img = h.state().current().expect("open").record.images[0].clone();
    assert_eq!(
        img.caption.as_deref(),
        Some("Quay"),
        "one undo takes back the credit only"
    );
    assert_eq!(img.credit, None);
}
