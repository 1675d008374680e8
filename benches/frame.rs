//! Frame cost of the window with a 1 MB page open: CPU time of one whole frame (UI pass plus tessellation),
//! idle and while scrolling the raw pane. Run: `cargo bench --bench frame`. The target is ≤ 4 ms a frame in
//! release. CPU time is the thread's own (from /proc), so other work on the machine does not inflate it.

use sift::app::{Prefs, SiftApp};
use std::time::Instant;

/// Nanoseconds this thread has run on a CPU (Linux); wall-clock elsewhere.
fn cpu_ns(start: Instant) -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or_else(|| start.elapsed().as_nanos() as u64)
}

/// A text dump of about `bytes` bytes: paragraphs of synthetic prose among share lines. Each paragraph differs
/// (word order from a small LCG), so the extractor keeps them as the article, as it would a long real one; a
/// page of one repeated paragraph would be dropped as boilerplate and leave the cleaned pane empty.
fn big_dump(bytes: usize) -> String {
    let words = [
        "harbour",
        "council",
        "lamp",
        "volunteers",
        "engineer",
        "winter",
        "stair",
        "glass",
        "pier",
        "autumn",
        "the",
        "town",
        "said",
        "that",
        "library",
        "readers",
        "north",
        "money",
        "weekly",
        "restored",
        "of",
        "a",
        "new",
        "old",
        "and",
        "in",
        "was",
        "for",
        "boats",
        "museum",
    ];
    let mut out = String::with_capacity(bytes + 256);
    out.push_str("Home News Sport Login\nA long night at the harbour council\n12 March 2025\n\n");
    let mut seed = 0x2545_f491_u64;
    let mut i = 0usize;
    while out.len() < bytes {
        if i.is_multiple_of(9) {
            out.push_str("Share this story\n\n");
        }
        for s in 0..4 {
            for w in 0..(12 + s * 2) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let word = words[(seed >> 33) as usize % words.len()];
                if w == 0 {
                    let mut c = word.chars();
                    if let Some(f) = c.next() {
                        out.extend(f.to_uppercase());
                        out.push_str(c.as_str());
                    }
                } else {
                    out.push(' ');
                    out.push_str(word);
                }
            }
            out.push_str(". ");
        }
        out.push_str("\n\n");
        i += 1;
    }
    out
}

fn frame(ctx: &egui::Context, app: &mut SiftApp, input: egui::RawInput) {
    let mut out = ctx.run_ui(input, |ui| app.draw(ui));
    let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
    std::hint::black_box(prims);
    // A real frame uploads font atlas changes to the GPU; here they are only dropped.
    out.textures_delta.clear();
}

/// Where the pointer rests while scrolling: over the raw pane, or over the cleaned pane (its 1 MB editable body).
const RAW_PANE: egui::Pos2 = egui::pos2(500.0, 400.0);
const CLEANED_PANE: egui::Pos2 = egui::pos2(880.0, 400.0);

fn input(t: f64, pointer: egui::Pos2, scroll: f32) -> egui::RawInput {
    let mut i = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 860.0),
        )),
        time: Some(t),
        ..Default::default()
    };
    if scroll != 0.0 {
        i.events.push(egui::Event::PointerMoved(pointer));
        i.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, scroll),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
    }
    i
}

fn main() {
    let dir = std::env::temp_dir().join(format!("sift-frame-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let page = dir.join("big.txt");
    let text = big_dump(1 << 20);
    if let Err(e) = std::fs::write(&page, &text) {
        eprintln!("cannot write {}: {e}", page.display());
        return;
    }
    let ctx = egui::Context::default();
    let mut app = SiftApp::with_data_dir(
        &ctx,
        Prefs::default(),
        Some(dir.join("archive")),
        vec![page],
        dir.join("data"),
    );
    app.wait_for_import();
    let Some(it) = app.current() else {
        eprintln!("the page did not open: {}", app.status.text);
        return;
    };
    println!(
        "page: {} bytes, {} raw blocks, body {} bytes",
        text.len(),
        it.blocks.len(),
        it.record.body.len()
    );

    let mut t = 0.0;
    // Warm-up: first frames lay out and cache the visible galleys.
    for _ in 0..10 {
        t += 1.0 / 60.0;
        frame(&ctx, &mut app, input(t, RAW_PANE, 0.0));
    }
    // The thread's CPU clock ticks coarsely (4 ms here), so CPU time is taken over a whole run of frames and
    // averaged; wall-clock time is per frame (an upper bound when the machine is busy).
    const FRAMES: u32 = 400;
    for (name, pointer, scroll) in [
        ("idle", RAW_PANE, 0.0f32),
        ("scrolling raw pane", RAW_PANE, -120.0),
        ("scrolling cleaned pane", CLEANED_PANE, -120.0),
    ] {
        let mut wall = Vec::new();
        let start = Instant::now();
        let c0 = cpu_ns(start);
        for _ in 0..FRAMES {
            t += 1.0 / 60.0;
            let w = Instant::now();
            frame(&ctx, &mut app, input(t, pointer, scroll));
            wall.push(w.elapsed().as_secs_f64() * 1e3);
        }
        let cpu_ms = (cpu_ns(start) - c0) as f64 / 1e6 / f64::from(FRAMES);
        wall.sort_by(f64::total_cmp);
        println!(
            "{name:>20}: {cpu_ms:.2} ms CPU a frame (mean of {FRAMES}); wall median {:.2} ms, p90 {:.2} ms",
            wall[wall.len() / 2],
            wall[wall.len() * 9 / 10],
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
