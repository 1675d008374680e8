//! Item 1: a key press has exactly one receiver. Letters never act as commands in a frame where a text box
//! has, gains or is about to gain the keyboard.

use super::*;

/// Selects the headline's raw line, so a stray S would make it the subtitle.
fn with_a_selection(dir: &Path) -> Harness<'static, SiftApp> {
    let mut h = harness(dir);
    row_containing(&h, HEADLINE).click();
    h.run();
    assert!(!h.state().current().expect("open").selected().is_empty());
    h
}

fn fields_unchanged(h: &Harness<'static, SiftApp>, before: &sift::record::Record) {
    let it = h.state().current().expect("open");
    assert_eq!(&it.record, before, "no field changed");
    assert!(!it.dirty, "nothing to save: {}", h.state().status.text);
}

#[test]
fn ctrl_f_and_letters_in_the_same_frame_go_to_the_search_box() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = with_a_selection(dir.path());
    let before = h.state().current().expect("open").record.clone();
    chord(&mut h, Modifiers::COMMAND, Key::F);
    keys_of(&mut h, "lexus");
    frame(&mut h);
    eprintln!(
        "DEBUG search={:?} sub={:?} status={}",
        h.state().ui_state.search,
        h.state().current().unwrap().record.subtitle,
        h.state().status.text
    );
    assert_eq!(h.state().ui_state.search, "lexus");
    fields_unchanged(&h, &before);
}

#[test]
fn letters_in_the_frame_after_ctrl_f_go_to_the_search_box() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = with_a_selection(dir.path());
    let before = h.state().current().expect("open").record.clone();
    chord(&mut h, Modifiers::COMMAND, Key::F);
    h.step();
    keys_of(&mut h, "lexus");
    frame(&mut h);
    assert_eq!(h.state().ui_state.search, "lexus");
    fields_unchanged(&h, &before);
}

/// A click into a field, Ctrl+A and a word, all in one frame: the word replaces the field's text, and its
/// letters (S, C…) assign nothing.
#[test]
fn a_click_into_a_field_and_typing_in_the_same_frame_types() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = with_a_selection(dir.path());
    h.state_mut().items[0].record.section = Some("Homepage".into());
    h.run();
    let title = h.state().current().expect("open").record.title.clone();
    let at = text_box(&h, "Section").rect().center();
    click_at(&mut h, at, Modifiers::NONE);
    chord(&mut h, Modifiers::COMMAND, Key::A);
    keys_of(&mut h, "Markets");
    frame(&mut h);
    let it = h.state().current().expect("open");
    assert_eq!(it.record.section.as_deref(), Some("Markets"));
    assert_eq!(it.record.title, title, "T did not assign the title");
    assert_eq!(it.record.subtitle, it.record.extraction.auto.subtitle);
}

/// Without a text box in play, the same letters act at once, and what they change is named in the status
/// line and undone by Ctrl+Z.
#[test]
fn letters_act_when_no_text_box_is_in_play_and_undo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = with_a_selection(dir.path());
    keys_of(&mut h, "s");
    frame(&mut h);
    let it = h.state().current().expect("open");
    assert_eq!(it.record.subtitle.as_deref(), Some(HEADLINE));
    assert!(
        h.state().status.text.contains("Subtitle"),
        "{}",
        h.state().status.text
    );
    chord(&mut h, Modifiers::NONE, Key::Space);
    frame(&mut h);
    assert!(
        h.state().status.text.to_lowercase().contains("flipped"),
        "a flip is named: {}",
        h.state().status.text
    );
    for _ in 0..2 {
        chord(&mut h, Modifiers::COMMAND, Key::Z);
        frame(&mut h);
    }
    let it = h.state().current().expect("open");
    assert_eq!(it.record.subtitle, it.record.extraction.auto.subtitle);
}
