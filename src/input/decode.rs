//! Bytes to text: BOM, then a declared charset, then detection. Never fails; bad bytes are replaced and counted.

use encoding_rs::Encoding;

/// Text decoded from bytes, and how.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// True when some bytes were invalid in that encoding and were replaced by U+FFFD.
    pub had_errors: bool,
}

/// Decodes `bytes`, trusting a BOM first, then `declared` (a charset label found by the caller), then detection.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return with(enc, &bytes[bom_len..]);
    }
    if let Some(enc) = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        // A page saved as UTF-16 cannot declare it in ASCII-compatible markup; trust only ASCII-compatible labels.
        if enc.is_ascii_compatible() {
            return with(enc, bytes);
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        return with(encoding_rs::UTF_8, bytes);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    with(det.guess(None, chardetng::Utf8Detection::Allow), bytes)
}

/// Decodes with the curator's chosen encoding, whatever the file declares (the window's encoding picker).
pub fn decode_as(bytes: &[u8], label: &str) -> Option<Decoded> {
    let enc = Encoding::for_label(label.as_bytes())?;
    let body = match Encoding::for_bom(bytes) {
        Some((bom_enc, n)) if bom_enc == enc => &bytes[n..],
        _ => bytes,
    };
    Some(with(enc, body))
}

fn with(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, used, had_errors) = enc.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used.name(),
        had_errors,
    }
}
