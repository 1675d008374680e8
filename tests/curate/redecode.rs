//! Item 6: decoding a page again with another encoding (windows-1251, KOI8-R and back) keeps the curator's line
//! flips and the fields assigned from lines, rebuilds the body from the lines, and says what it kept.

use super::*;
use sift::extract::Role;

const CAPTION: &str = "Фото: Остановка у старой школы. © Анна Ветрова";
const DROPPED: &str = "Глава поселения обещает";

fn pick_encoding(h: &mut Harness<'static, SiftApp>, label: &str) {
    h.get_by_label("encoding").click();
    frame(h);
    h.get_by_label(label).click();
    frame(h);
}

#[test]
fn re_decoding_keeps_flips_and_assignments_and_rebuilds_the_body() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_allowing_tofu(dir.path(), vec![fixture("village-bus-1251.txt")]);
    assert_eq!(
        h.state().current().expect("open").record.source.encoding,
        "windows-1251"
    );
    // Drop a body paragraph (click its row, Space) and make the photo line a caption (click, C).
    row_containing(&h, DROPPED).click();
    frame(&mut h);
    keys_of(&mut h, " ");
    frame(&mut h);
    row_containing(&h, "Фото:").click();
    frame(&mut h);
    keys_of(&mut h, "c");
    frame(&mut h);
    let dropped = block_of(&h, DROPPED);
    let photo = block_of(&h, "Фото:");
    let before = h.state().current().expect("open").record.clone();
    assert!(!before.body.contains(DROPPED));
    assert!(
        before
            .images
            .iter()
            .any(|i| i.caption.as_deref() == Some(CAPTION))
    );

    pick_encoding(&mut h, "KOI8-R");
    {
        let it = h.state().current().expect("open");
        assert_eq!(it.record.source.encoding, "KOI8-R");
        // The same lines, read another way: the flip and the caption follow them.
        assert_ne!(it.blocks[dropped].role, Role::Body);
        assert_eq!(it.blocks[photo].role, Role::Caption);
        let caption = one_line(&it.blocks[photo].text);
        assert!(
            it.record
                .images
                .iter()
                .any(|i| i.caption.as_deref() == Some(caption.as_str())),
            "the caption is the line's new text {caption:?}: {:?}",
            it.record.images
        );
        assert!(it.derived().follows_blocks, "the body is the lines' body");
    }
    let status = h.state().status.text.clone();
    assert!(
        status.contains("kept 1 line change, a caption from its lines"),
        "{status}"
    );

    pick_encoding(&mut h, "windows-1251");
    let it = h.state().current().expect("open");
    assert_eq!(it.record.source.encoding, "windows-1251");
    assert_ne!(it.blocks[dropped].role, Role::Body, "the flip is kept");
    assert_eq!(it.record.body, before.body, "the body is rebuilt as it was");
    assert_eq!(it.record.images, before.images, "the caption is kept");
    assert!(it.derived().follows_blocks, "not marked edited by hand");
    assert!(
        h.query_by_label_contains("edited by hand").is_none(),
        "the cleaned pane does not say the body was edited by hand"
    );
}

#[test]
fn a_typed_body_is_kept_and_the_status_line_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_allowing_tofu(dir.path(), vec![fixture("village-bus-1251.txt")]);
    let typed = "Мой собственный текст статьи.".to_string();
    {
        let it = h.state_mut().current_mut().expect("open");
        it.record.body = typed.clone();
        it.after_edit("field:body");
    }
    pick_encoding(&mut h, "KOI8-R");
    let it = h.state().current().expect("open");
    assert_eq!(it.record.body, typed);
    let status = &h.state().status.text;
    assert!(status.contains("body you typed is kept"), "{status}");
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
