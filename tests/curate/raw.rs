//! Items 3, 8, 4 and 5: raw rows read whole and are whole click targets, the keyboard moves the selection, the
//! layout never moves under the pointer; raw and cleaned follow each other; each page opens at its own top.

use super::*;
use egui_kittest::kittest::NodeT;

pub const LONG_TITLE: &str = "Ferry timetable changes again";
pub const READ_ALSO: &str = "Read also: Lifeboat crew";

pub fn long_page(dir: &Path) -> Harness<'static, SiftApp> {
    harness_with(dir, vec![fixture("long-dump.txt")])
}

fn paragraph<'a>(
    h: &'a Harness<'static, SiftApp>,
    start: &'a str,
) -> Option<egui_kittest::Node<'a>> {
    h.query_by(move |n| {
        n.role() == Role::Paragraph && n.label().is_some_and(|v| v.starts_with(start))
    })
}

fn marked(n: &egui_kittest::Node<'_>) -> bool {
    n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

fn raw_row_shown(h: &Harness<'static, SiftApp>, start: &str) -> bool {
    h.query_by(|n| n.role() == Role::ListItem && n.label().is_some_and(|v| v.starts_with(start)))
        .is_some()
}

fn selected(h: &Harness<'static, SiftApp>) -> Vec<usize> {
    h.state().current().expect("open").selected()
}

#[test]
fn a_long_raw_line_wraps_so_it_reads_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = harness(dir.path());
    let row = row_containing(&h, "The council of the small harbour town").rect();
    let short = row_containing(&h, "Share this story").rect();
    assert!(
        row.height() > 2.0 * short.height(),
        "a 150-character line takes several lines of the pane: {row:?} vs {short:?}"
    );
}

#[test]
fn the_whole_row_is_the_click_target_and_nothing_moves_when_selecting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let below = row_containing(&h, "Work is expected").rect();
    // Far right of a short row: empty space, still the row.
    let share = row_containing(&h, "Share this story").rect();
    click_at(
        &mut h,
        egui::pos2(share.right() - 6.0, share.center().y),
        Modifiers::NONE,
    );
    frame(&mut h);
    assert_eq!(selected(&h), vec![block_of(&h, "Share this story")]);
    let after = row_containing(&h, "Work is expected").rect();
    assert_eq!(below, after, "selecting moved no row");
    // Shift+click extends from the first click.
    let at = row_containing(&h, "Work is expected").rect().center();
    click_at(&mut h, at, Modifiers::SHIFT);
    frame(&mut h);
    let (a, b) = (
        block_of(&h, "Work is expected"),
        block_of(&h, "Share this story"),
    );
    assert_eq!(selected(&h), (a..=b).collect::<Vec<_>>());
    assert_eq!(row_containing(&h, "Work is expected").rect(), below);
}

#[test]
fn arrows_move_and_extend_the_selection_and_ctrl_click_adds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    row_containing(&h, HEADLINE).click();
    h.run();
    let head = block_of(&h, HEADLINE);
    chord(&mut h, Modifiers::NONE, Key::ArrowDown);
    frame(&mut h);
    assert_eq!(selected(&h), vec![head + 1]);
    chord(&mut h, Modifiers::SHIFT, Key::ArrowDown);
    frame(&mut h);
    assert_eq!(selected(&h), vec![head + 1, head + 2]);
    chord(&mut h, Modifiers::NONE, Key::ArrowUp);
    frame(&mut h);
    assert_eq!(selected(&h), vec![head + 1]);
    let at = row_containing(&h, "Share this story").rect().center();
    click_at(&mut h, at, Modifiers::COMMAND);
    frame(&mut h);
    assert_eq!(
        selected(&h),
        vec![head + 1, block_of(&h, "Share this story")]
    );
}

#[test]
fn a_selected_raw_line_marks_and_shows_its_paragraph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = long_page(dir.path());
    // End: the last kept line, far below the first screen of the cleaned pane.
    chord(&mut h, Modifiers::NONE, Key::End);
    frame(&mut h);
    let it = h.state().current().expect("open");
    let last = it.kept_region().expect("kept").1;
    assert_eq!(it.selected(), vec![last]);
    let text: String = it.blocks[last].text.chars().take(40).collect();
    let p = paragraph(&h, &text).expect("its paragraph is on screen in the cleaned pane");
    assert!(marked(&p), "and marked");
    assert!(raw_row_shown(&h, &text), "the raw pane shows the line too");
}

#[test]
fn clicking_a_paragraph_selects_and_shows_its_raw_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = long_page(dir.path());
    let it = h.state().current().expect("open");
    let paras = sift::app::paragraphs::paragraphs(&it.record.body);
    let first: String = paras[0].chars().take(40).collect();
    let block = block_of(&h, &first);
    paragraph(&h, &first).expect("first paragraph").click();
    h.run();
    assert_eq!(selected(&h), vec![block]);
    assert!(raw_row_shown(&h, &first));
    assert!(marked(&paragraph(&h, &first).expect("still there")));
}

#[test]
fn keys_jump_to_the_kept_region_and_its_dropped_lines_and_dropped_lines_hide() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = long_page(dir.path());
    keys_of(&mut h, "n");
    frame(&mut h);
    assert_eq!(
        selected(&h),
        vec![block_of(&h, READ_ALSO)],
        "{}",
        h.state().status.text
    );
    assert!(raw_row_shown(&h, READ_ALSO));
    h.get_by_label("show dropped lines").click();
    h.run();
    assert!(!raw_row_shown(&h, READ_ALSO), "dropped lines hidden");
    h.get_by_label("show dropped lines").click();
    h.run();
    chord(&mut h, Modifiers::NONE, Key::End);
    frame(&mut h);
    chord(&mut h, Modifiers::NONE, Key::Home);
    frame(&mut h);
    let it = h.state().current().expect("open");
    let first = it.kept_region().expect("kept").0;
    let text: String = it.blocks[first].text.chars().take(40).collect();
    assert_eq!(selected(&h), vec![first]);
    assert!(raw_row_shown(&h, &text), "the pane came back up to it");
}

#[test]
fn each_page_opens_at_its_own_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_with(
        dir.path(),
        vec![fixture("long-dump.txt"), fixture("harbour-dump.txt")],
    );
    chord(&mut h, Modifiers::NONE, Key::End);
    frame(&mut h);
    assert!(!raw_row_shown(&h, LONG_TITLE), "scrolled to the end");
    let it = h.state().current().expect("open");
    let last = it.kept_region().expect("kept").1;
    let last: String = it.blocks[last].text.chars().take(40).collect();
    assert!(raw_row_shown(&h, &last));
    chord(&mut h, Modifiers::ALT, Key::ArrowDown);
    frame(&mut h);
    chord(&mut h, Modifiers::ALT, Key::ArrowUp);
    frame(&mut h);
    let it = h.state().current().expect("open");
    let paras = sift::app::paragraphs::paragraphs(&it.record.body);
    let first: String = paras[0].chars().take(40).collect();
    assert!(
        raw_row_shown(&h, &first),
        "back at the long page, its first kept line shows, not the old offset"
    );
    assert!(paragraph(&h, &first).is_some(), "the body from its top");
}
