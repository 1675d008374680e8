//! The two scripted flows of issue 13: the typical fix in at most six actions, counted; a queue of twenty
//! pages reviewed with the keyboard alone, every saved record checked.

use super::*;

/// Counts what the curator does: a click, a key press, or a word typed is one action.
struct Actions<'h> {
    h: &'h mut Harness<'static, SiftApp>,
    n: usize,
}

impl Actions<'_> {
    fn click(&mut self, pos: egui::Pos2) {
        click_at(self.h, pos, Modifiers::NONE);
        frame(self.h);
        self.n += 1;
    }

    fn key(&mut self, modifiers: Modifiers, key: Key) {
        chord(self.h, modifiers, key);
        frame(self.h);
        self.n += 1;
    }

    fn letter(&mut self, s: &str) {
        keys_of(self.h, s);
        frame(self.h);
        self.n += 1;
    }
}

const SCHOOL_HEADLINE: &str = "Island school gets its own weather station";
const SCHOOL_CAPTION: &str = "Pupils Ada and Tom Kerrow check the rain gauge";

#[test]
fn the_typical_fix_takes_at_most_six_actions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_with(
        dir.path(),
        vec![fixture("harbour-dump.txt"), fixture("island-school.txt")],
    );
    let listed = h
        .state()
        .list
        .rows
        .iter()
        .find(|r| !r.title.starts_with("Harbour"))
        .expect("the school page is listed")
        .title
        .clone();
    assert_ne!(listed, SCHOOL_HEADLINE, "the headline is wrong");
    let mut a = Actions { h: &mut h, n: 0 };
    // 1. Open the page from the list.
    let at = a.h.get_by_label(&listed).rect().center();
    a.click(at);
    // 2–3. The real headline's raw line, T.
    assert!(
        a.h.state()
            .current()
            .expect("open")
            .record
            .body
            .contains(SCHOOL_CAPTION),
        "the body holds the caption"
    );
    let at = row_containing(a.h, SCHOOL_HEADLINE).rect().center();
    a.click(at);
    a.letter("t");
    // 4–5. The caption where it sits, in the cleaned body; C.
    let at =
        a.h.get_by(|n| {
            n.role() == Role::Paragraph && n.label().is_some_and(|l| l.starts_with(SCHOOL_CAPTION))
        })
        .rect()
        .center();
    a.click(at);
    a.letter("c");
    // 6. Save as curated (the next page to review opens).
    let id = a.h.state().current().expect("open").record.id.clone();
    a.key(Modifiers::COMMAND, Key::Enter);
    let actions = a.n;
    assert!(actions <= 6, "{actions} actions");
    let path = dir
        .path()
        .join("archive/records")
        .join(format!("{id}.json"));
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("saved")).expect("json");
    assert_eq!(saved["status"], "curated");
    assert_eq!(saved["title"], SCHOOL_HEADLINE);
    assert!(
        saved["images"][0]["caption"]
            .as_str()
            .is_some_and(|c| c.starts_with(SCHOOL_CAPTION))
    );
    let body = saved["body"].as_str().expect("body");
    assert!(!body.contains(SCHOOL_CAPTION), "the caption left the body");
    assert!(body.contains("The station sits on the roof"));
    eprintln!("typical fix: {actions} actions");
}

/// A page of the queue, different on each `k`: menu, headline, standfirst, four paragraphs, footer.
fn page(k: usize) -> String {
    let places = ["Westerby", "Tressa", "Port Ellery", "Carrow", "Polmear"];
    let place = places[k % places.len()];
    let mut s = String::from("Home\nNews\nSport\nWeather\nSign in\nSearch\n\n");
    s += &format!("{place} council agrees plan number {k} for the harbour wall\n");
    s += &format!("Repairs to start after the storms, the council says in report {k}\n");
    s += "By Marta Quill\n3 March 2025\n\n";
    for p in 0..4 {
        s += &format!(
            "Paragraph {p} of page {k}: the council of {place} met on Tuesday evening and agreed that the \
             harbour wall must be repaired before the winter, at a cost shared with the county.\n\n"
        );
    }
    s += "Share this article\nMost read\n© 2025 Coastline Gazette\n";
    s
}

#[test]
fn a_queue_of_twenty_pages_reviewed_by_keyboard_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pages = dir.path().join("pages");
    std::fs::create_dir_all(&pages).expect("pages");
    for k in 0..20 {
        std::fs::write(pages.join(format!("page-{k:02}.txt")), page(k)).expect("page");
    }
    let mut h = harness_with(dir.path(), vec![pages]);
    assert_eq!(h.state().list.rows.len(), 20);
    // What each page should be saved as, checked once all are done.
    let mut expect: Vec<(String, &str, Option<String>, Vec<String>)> = Vec::new();
    let mut keys = 0;
    for k in 0..20 {
        let id = h
            .state()
            .current()
            .expect("a page is open")
            .record
            .id
            .clone();
        let mut press = |h: &mut Harness<'static, SiftApp>, m: Modifiers, key: Key| {
            chord(h, m, key);
            frame(h);
            keys += 1;
        };
        match k % 4 {
            3 => {
                press(&mut h, Modifiers::COMMAND, Key::R);
                expect.push((id, "rejected", None, vec![]));
            }
            1 => {
                // Home: the first kept line; Up to the line above it; T makes it the title.
                press(&mut h, Modifiers::NONE, Key::Home);
                press(&mut h, Modifiers::NONE, Key::ArrowUp);
                let it = h.state().current().expect("open");
                let line = it.blocks[it.selected()[0]].text.trim().to_string();
                press(&mut h, Modifiers::NONE, Key::T);
                press(&mut h, Modifiers::COMMAND, Key::Enter);
                expect.push((id, "curated", Some(line), vec![]));
            }
            _ => {
                // The first two kept lines dropped: Home, Shift+Down, Space.
                press(&mut h, Modifiers::NONE, Key::Home);
                press(&mut h, Modifiers::SHIFT, Key::ArrowDown);
                let it = h.state().current().expect("open");
                let dropped: Vec<String> = it
                    .selected()
                    .iter()
                    .map(|i| it.blocks[*i].text.trim().to_string())
                    .collect();
                assert_eq!(dropped.len(), 2);
                press(&mut h, Modifiers::NONE, Key::Space);
                press(&mut h, Modifiers::COMMAND, Key::Enter);
                expect.push((id, "curated", None, dropped));
            }
        }
        assert!(!h.state().status.error, "{}", h.state().status.text);
    }
    let status = h.state().status.text.clone();
    assert!(
        status.contains("20 records reviewed, none left"),
        "{status}"
    );
    assert_eq!(expect.len(), 20);
    for (id, st, title, dropped) in &expect {
        let path = dir
            .path()
            .join("archive/records")
            .join(format!("{id}.json"));
        let saved: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("every page saved")).expect("json");
        assert_eq!(saved["status"], *st, "{id}");
        if let Some(t) = title {
            assert_eq!(saved["title"], t.as_str(), "{id}");
        }
        let body = saved["body"].as_str().expect("body");
        for d in dropped {
            assert!(
                !body.contains(d.as_str()),
                "{id}: dropped line left the body"
            );
        }
        if !dropped.is_empty() {
            assert!(body.contains("Paragraph 2 of page"), "{id}: the rest stays");
        }
    }
    eprintln!("twenty pages: {keys} key presses, no pointer event");
}
