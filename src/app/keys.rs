//! Which receiver a key press goes to, decided once a frame: a command, or a text box, never both.
//!
//! Shortcuts with Ctrl (or a function key) act at once. A plain letter, Space, Delete or an arrow acts only when
//! no text box had the keyboard as the frame began, got it during the frame (a click, Ctrl+F, a new list
//! entry) or is due to get it. Its Key event is taken from egui at the frame's start so no widget also acts on
//! it; its Text event stays for the text boxes. A text box that gets the keyboard by a click only reads keys
//! from the next frame on (egui handles a box's keys before its clicks), so what was typed in the frame of the
//! click is handed to it again at the start of the next frame: nothing typed right after a click is lost.

use super::command::{Scope, UICommand};

/// What the frame's start decided, for its end.
#[derive(Debug, Default)]
pub struct FrameKeys {
    /// Commands to run whatever happens in the frame.
    pub now: Vec<UICommand>,
    /// Letter commands, run only if no text box is in play by the frame's end.
    letters: Vec<UICommand>,
    /// The widget with the keyboard once the frame's own focus requests were made.
    focus_at_start: Option<egui::Id>,
    typing_at_start: bool,
}

/// Keys typed in the frame a text box got the keyboard by a click, given back to it in the next frame.
#[derive(Debug, Default)]
pub struct KeyRouter {
    replay: Vec<egui::Event>,
}

impl KeyRouter {
    /// Takes the frame's shortcuts from egui's input, before any panel is drawn. `search` is the search box's
    /// id: Ctrl+F gives it the keyboard now, so letters typed in this very frame land in it.
    pub fn begin(&mut self, ctx: &egui::Context, search: egui::Id) -> FrameKeys {
        if !self.replay.is_empty() {
            let replay = std::mem::take(&mut self.replay);
            ctx.input_mut(|i| {
                let later = std::mem::replace(&mut i.events, replay);
                i.events.extend(later);
            });
        }
        let typing = ctx.text_edit_focused();
        let (now, letters): (Vec<UICommand>, Vec<UICommand>) = UICommand::pressed(ctx, typing)
            .into_iter()
            .partition(|c| c.scope() == Scope::Global);
        if now.contains(&UICommand::FocusSearch) {
            ctx.memory_mut(|m| m.request_focus(search));
        }
        FrameKeys {
            now,
            letters,
            focus_at_start: ctx.memory(|m| m.focused()),
            typing_at_start: typing,
        }
    }

    /// After the panels are drawn: the letter commands that may run, and what to hand to a text box that got
    /// the keyboard during the frame.
    pub fn end(&mut self, ctx: &egui::Context, keys: FrameKeys) -> Vec<UICommand> {
        let typing = ctx.text_edit_focused();
        let focus = ctx.memory(|m| m.focused());
        if typing && focus != keys.focus_at_start && !keys.typing_at_start {
            self.replay = ctx.input(|i| {
                i.events
                    .iter()
                    .filter(|e| {
                        // Tab moved the keyboard itself; handing it over again would move it on.
                        matches!(e, egui::Event::Key { key, .. } if *key != egui::Key::Tab)
                            || matches!(
                                e,
                                egui::Event::Text(_)
                                    | egui::Event::Paste(_)
                                    | egui::Event::Copy
                                    | egui::Event::Cut
                            )
                    })
                    .cloned()
                    .collect()
            });
        }
        let mut out = keys.now;
        if !typing {
            out.extend(keys.letters);
        }
        out
    }
}
