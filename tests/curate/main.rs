//! Curating without friction (issue 13), driven through the real window with egui_kittest: keys reach exactly
//! one receiver, undo, the raw pane, raw and cleaned in step, the review order, dialogs; and two scripted
//! flows (the typical fix counted in actions, a queue reviewed by keyboard alone).
#![cfg(feature = "gui")]

mod dates;
mod flows;
mod keys;
mod paths;
mod raw;
mod redecode;
mod review;
mod types;
mod undo;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sift::app::{Prefs, SiftApp};
use std::path::{Path, PathBuf};

pub const HEADLINE: &str = "Harbour town votes to restore its old lighthouse";
pub const ENGINEERS: &str = "Engineers say the lamp room needs new glass";

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/window")
        .join(name)
}

/// A window over a fresh archive in `dir` with `files` imported, the first open.
pub fn harness_with(dir: &Path, files: Vec<PathBuf>) -> Harness<'static, SiftApp> {
    harness_built(dir, files, Harness::builder())
}

/// [`harness_with`], drawing a box for a character no font has (a page read in the wrong encoding shows
/// them, as the window does) instead of failing the test.
pub fn harness_allowing_tofu(dir: &Path, files: Vec<PathBuf>) -> Harness<'static, SiftApp> {
    harness_built(dir, files, Harness::builder().allow_missing_glyphs())
}

fn harness_built(
    dir: &Path,
    files: Vec<PathBuf>,
    builder: egui_kittest::HarnessBuilder<SiftApp>,
) -> Harness<'static, SiftApp> {
    let archive = dir.join("archive");
    let data = dir.join("data");
    let mut h = builder
        .with_size(egui::vec2(1400.0, 860.0))
        // Rows measured as they first show settle over a few frames, scrolling animates.
        .with_max_steps(64)
        .build_eframe(move |cc| {
            SiftApp::with_data_dir(&cc.egui_ctx, Prefs::default(), Some(archive), files, data)
        });
    h.state_mut().wait_for_import();
    h.state_mut().wait_for_list();
    h.run();
    h
}

/// The harbour dump imported and open.
pub fn harness(dir: &Path) -> Harness<'static, SiftApp> {
    harness_with(dir, vec![fixture("harbour-dump.txt")])
}

/// Adds to the next frame's input what a real keyboard sends for `text`: each character's key press, its text,
/// its release. (Harness::event would give each event a frame of its own; these all arrive in one frame.)
pub fn keys_of(h: &mut Harness<'static, SiftApp>, text: &str) {
    for ch in text.chars() {
        let key = Key::from_name(&ch.to_ascii_uppercase().to_string());
        let modifiers = if ch.is_uppercase() {
            Modifiers::SHIFT
        } else {
            Modifiers::NONE
        };
        if let Some(key) = key {
            h.input_mut().events.push(key_event(key, true, modifiers));
        }
        h.input_mut().events.push(Event::Text(ch.to_string()));
        if let Some(key) = key {
            h.input_mut().events.push(key_event(key, false, modifiers));
        }
    }
}

pub fn key_event(key: Key, pressed: bool, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers,
    }
}

/// Adds a key press with modifiers to the next frame's input.
pub fn chord(h: &mut Harness<'static, SiftApp>, modifiers: Modifiers, key: Key) {
    let ev = &mut h.input_mut().events;
    ev.push(Event::ModifiersChanged(modifiers));
    ev.push(key_event(key, true, modifiers));
    ev.push(key_event(key, false, modifiers));
    ev.push(Event::ModifiersChanged(Modifiers::NONE));
}

/// Adds a click at `pos` (press and release) to the next frame's input.
pub fn click_at(h: &mut Harness<'static, SiftApp>, pos: egui::Pos2, modifiers: Modifiers) {
    let ev = &mut h.input_mut().events;
    // Held before the click, released in a later frame, as a real keyboard does (see `frame`).
    ev.push(Event::ModifiersChanged(modifiers));
    ev.push(Event::PointerMoved(pos));
    for pressed in [true, false] {
        ev.push(Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
    }
}

/// Runs one frame with what was added, then frames until the window settles.
pub fn frame(h: &mut Harness<'static, SiftApp>) {
    h.step();
    // A record opens on a worker (the list, Ctrl+Enter, Alt+Down): wait for it as a person would.
    h.state_mut().wait_for_open();
    h.input_mut()
        .events
        .push(Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

/// The raw pane's row starting with `text` (a list item; the cleaned pane's paragraphs are paragraphs).
pub fn row_containing<'a>(
    h: &'a Harness<'static, SiftApp>,
    text: &'a str,
) -> egui_kittest::Node<'a> {
    h.get_by(move |n| n.role() == Role::ListItem && n.label().is_some_and(|v| v.starts_with(text)))
}

/// Index of the open item's block starting with `text`.
pub fn block_of(h: &Harness<'static, SiftApp>, text: &str) -> usize {
    h.state()
        .current()
        .expect("open")
        .blocks
        .iter()
        .position(|b| b.text.starts_with(text))
        .expect("block")
}

pub fn text_box<'a>(h: &'a Harness<'static, SiftApp>, label: &'a str) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(Role::TextInput, label)
}
