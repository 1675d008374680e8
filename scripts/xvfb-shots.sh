#!/usr/bin/env bash
# Runs the real `sift gui` under Xvfb, drives it with xdotool and saves screenshots, so a person can look at
# what the window shows. Usage: scripts/xvfb-shots.sh [FILE] [OUT_DIR]
#   FILE     what to import (default: ../shared/seed/000_99399ef30132758d.txt)
#   OUT_DIR  where the PNGs and the archive go (default: target/xvfb-shots)
# Needs: xvfb xdotool imagemagick (installed with apt-get when missing). Builds the release binary, unless
# SIFT_BIN names a binary to run instead.
set -euo pipefail
cd "$(dirname "$0")/.."
seed=../shared/seed/000_99399ef30132758d.txt
[ -e "$seed" ] || seed=../../shared/seed/000_99399ef30132758d.txt   # from a git worktree
file=${1:-$seed}
out=${2:-target/xvfb-shots}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || need+=(mesa-vulkan-drivers)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
bin=${SIFT_BIN:-target/release/sift}
[ -n "${SIFT_BIN:-}" ] || cargo build --release --quiet
rm -rf "$out"; mkdir -p "$out"
archive="$out/archive"
export HOME="$out/home"   # fresh preferences and drafts, nothing of the user's touched
mkdir -p "$HOME"
unset WAYLAND_DISPLAY
display=:${XVFB_DISPLAY:-77}
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $sift $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
start=$(date +%s%N)
SIFT_TIMING=1 "$bin" gui --archive "$archive" "$file" >"$out/sift.log" 2>&1 &
sift=$!
win=""
for _ in $(seq 300); do
  win=$(xdotool search --name '^Sift' 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  sleep 0.1
done
[ -n "$win" ] || { echo "no window titled Sift appeared; see $out/sift.log" >&2; exit 1; }
echo "window up after $(( ($(date +%s%N) - start) / 1000000 )) ms (includes process start)"
xdotool windowsize "$win" 1440 900; xdotool windowmove "$win" 0 0
sleep 2
# A small pointer move before each picture makes the window draw a fresh frame (under Xvfb's software
# rendering the frame on screen can otherwise be the one before the last key).
shot() {
  for _ in 1 2 3; do xdotool key shift; sleep 0.3; done
  import -window root "$out/$1.png"; echo "saved $out/$1.png"
}
grep '^sift: .* after' "$out/sift.log" || true   # startup: renderer, state, first frame laid out and shown
shot 01-opened
xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
# F1: the shortcuts overlay.
xdotool key F1; sleep 0.7; shot 02-help
xdotool key F1; sleep 0.5
# Save with Ctrl+S and show the result in the status line.
xdotool key ctrl+s; sleep 1; shot 03-saved
# Select the third raw line (click its text), flip it with Space, and save again.
xdotool mousemove 560 160; sleep 0.3; xdotool mousedown 1; sleep 0.1; xdotool mouseup 1; sleep 0.5
xdotool key space; sleep 0.7; shot 04-flipped
xdotool key ctrl+s; sleep 1; shot 05-saved-again
# Raw and cleaned in step: Home selects the first kept line, two Downs move on; the cleaned pane marks the
# line's paragraph. End goes to the last kept line, both panes scrolled there.
xdotool key Home; sleep 0.4; xdotool key Down; sleep 0.3; xdotool key Down; sleep 0.7; shot 06-in-step
xdotool key End; sleep 0.9; shot 07-in-step-end
ls "$archive/records" > "$out/records.txt" 2>&1 || true
echo "records in the archive:"; cat "$out/records.txt"
# Optional: a second file, e.g. text in several scripts, opened with Alt+Down after importing it.
if [ -n "${SIFT_SECOND:-}" ]; then
  kill $sift 2>/dev/null || true; sleep 1
  "$bin" gui --archive "$archive" "$SIFT_SECOND" >>"$out/sift.log" 2>&1 &
  sift=$!
  sleep 4
  win=$(xdotool search --name '^Sift' 2>/dev/null | head -1 || true)
  xdotool windowsize "$win" 1440 900; xdotool windowmove "$win" 0 0; xdotool windowfocus "$win"
  sleep 1
  xdotool mousemove 120 100 click 1; sleep 0.5
  shot 06-second
fi
