//! Bytes to text. Never fails: bad bytes are replaced by U+FFFD and flagged.
//!
//! Order of evidence, strongest first:
//! 1. a byte-order mark (UTF-8, UTF-16LE/BE);
//! 2. UTF-16 without a BOM, recognised by the NUL bytes of its ASCII characters;
//! 3. a declared charset (the caller's, else the file's own `<meta>` or XML prolog in its first 4 KB), except
//!    that bytes which are valid non-ASCII UTF-8 are read as UTF-8 whatever a legacy declaration says (scrapers
//!    re-save pages as UTF-8 and keep the old `<meta>`), and a UTF-8 declaration over bytes that are mostly not
//!    UTF-8 yields to detection;
//! 4. UTF-8, valid or with a few bad bytes (a stray byte, a character cut at the end);
//! 5. detection (chardetng) on the first MB.

use super::vocab::{DETECT_FEED_BYTES, UTF8_MAX_INVALID_SHARE};
use super::{charset, sniff};
use encoding_rs::Encoding;

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A byte-order mark.
    Bom,
    /// UTF-16 recognised without a BOM.
    Sniffed,
    /// The caller's or the file's declaration.
    Declared,
    /// The bytes are valid UTF-8 (with or without a declaration saying so).
    Utf8,
    /// Guessed by chardetng.
    Detected,
    /// Chosen by the curator (`decode_as`).
    Chosen,
}

/// Text decoded from bytes, and how.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// True when some bytes were invalid in that encoding and were replaced by U+FFFD.
    pub had_errors: bool,
    /// How the encoding was chosen.
    pub how: How,
    /// Why a declaration was overruled, when it was: worth telling the curator.
    pub note: Option<String>,
}

/// Decodes `bytes`, trusting a BOM first, then `declared` (a charset label found by the caller) or the file's
/// own declaration, then detection.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Decoded {
    // 1. BOM.
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return with(enc, &bytes[bom_len..], How::Bom);
    }
    // 2. UTF-16 without a BOM cannot declare itself in ASCII; its NULs give it away.
    if let Some(enc) = sniff::utf16_without_bom(bytes) {
        return with(enc, bytes, How::Sniffed);
    }
    // 3. Declared.
    let label = declared
        .map(str::to_string)
        .or_else(|| charset::declared(bytes));
    if let Some(label) = label
        && let Some(enc) = resolve_label(&label)
    {
        return from_declared(bytes, enc, &label);
    }
    // 4–5. UTF-8 (a stray bad byte or a cut-off last character does not make it another encoding), else
    // detection.
    if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        return with(encoding_rs::UTF_8, bytes, How::Utf8);
    }
    with(detect(bytes), bytes, How::Detected)
}

/// Decodes with the curator's chosen encoding, whatever the file declares (the window's encoding picker).
pub fn decode_as(bytes: &[u8], label: &str) -> Option<Decoded> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    let body = match Encoding::for_bom(bytes) {
        Some((bom_enc, n)) if bom_enc == enc => &bytes[n..],
        _ => bytes,
    };
    Some(with(enc, body, How::Chosen))
}

/// The encoding a label names, as a browser reads it in an ASCII-compatible page: a page cannot be UTF-16 and
/// declare it in ASCII (it would have been caught by step 2), so UTF-16 labels mean UTF-8; `x-user-defined`
/// means windows-1252.
fn resolve_label(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    if enc == encoding_rs::X_USER_DEFINED {
        return Some(encoding_rs::WINDOWS_1252);
    }
    Some(enc.output_encoding())
}

fn from_declared(bytes: &[u8], enc: &'static Encoding, label: &str) -> Decoded {
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    if enc == encoding_rs::UTF_8 {
        if valid_utf8 {
            return with(enc, bytes, How::Utf8);
        }
        if !mostly_utf8(bytes) {
            let guess = detect(bytes);
            if guess != encoding_rs::UTF_8 {
                let mut d = with(guess, bytes, How::Detected);
                d.note = Some(format!(
                    "the file declares {label}, but most of its non-ASCII bytes are not UTF-8; read as {}",
                    guess.name()
                ));
                return d;
            }
        }
        return with(enc, bytes, How::Declared);
    }
    if valid_utf8 && !bytes.is_ascii() {
        let mut d = with(encoding_rs::UTF_8, bytes, How::Utf8);
        d.note = Some(format!(
            "the file declares {label}, but its bytes are valid UTF-8; read as UTF-8"
        ));
        return d;
    }
    with(enc, bytes, How::Declared)
}

/// True when the bytes hold valid multi-byte UTF-8 and few invalid bytes: UTF-8 damaged in places, not a
/// legacy encoding (whose non-ASCII bytes are almost all invalid as UTF-8).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let invalid: usize = bytes.utf8_chunks().map(|c| c.invalid().len()).sum();
    non_ascii > invalid && invalid as f64 <= UTF8_MAX_INVALID_SHARE * non_ascii as f64
}

/// chardetng's guess from the first `DETECT_FEED_BYTES`.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(DETECT_FEED_BYTES)];
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    det.feed(sample, true);
    det.guess(None, chardetng::Utf8Detection::Allow)
}

fn with(enc: &'static Encoding, bytes: &[u8], how: How) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        had_errors,
        how,
        note: None,
    }
}
