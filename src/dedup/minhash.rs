//! Near-duplicate text: MinHash over word shingles, with locality-sensitive bands.
//!
//! Why MinHash rather than SimHash: the same article extracted from its HTML page and from a text dump of that
//! page shares most of its shingles but not all (a caption, a byline line or a related-links block kept in one
//! and dropped in the other). MinHash estimates the Jaccard similarity of the two shingle sets directly, so one
//! threshold reads as "this share of the text in common", and the bands find candidates by index lookups
//! whatever the archive's size. SimHash folds the same sets into 64 bits, where a 30 % difference in text is a
//! Hamming distance too wide for band tables to find without scanning.

/// Words per shingle: three keep word order (two pages of one site share many word pairs, far fewer triples)
/// while a changed word spoils only three shingles.
pub const SHINGLE_WORDS: usize = 3;
/// Hash functions in a signature; the Jaccard estimate's standard error is about `sqrt(J(1-J)/HASHES)` (0.04
/// at J = 0.5).
pub const HASHES: usize = 128;
/// Signature values per band: a band matches when all of its rows do, which two texts of Jaccard J do with
/// probability J^ROWS.
pub const ROWS: usize = 4;
/// Bands: `HASHES / ROWS`. A pair of Jaccard J shares at least one band with probability 1-(1-J^4)^32: 0.87 at
/// J = 0.5, 0.99 at 0.6, and 3·10^-7 for unrelated texts (J = 0.01), so a lookup finds few candidates
/// whatever the archive's size.
pub const BANDS: usize = HASHES / ROWS;
/// Texts with fewer shingles get no signature: a two-line body ("Page not found") says nothing about which
/// article a page holds, and such bodies would group unrelated pages.
pub const MIN_SHINGLES: usize = 20;

/// A text's MinHash signature: the least value of each of [`HASHES`] hash functions over its shingles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

impl Signature {
    /// The signature of `text`, `None` when it has fewer than [`MIN_SHINGLES`] shingles.
    pub fn of(text: &str) -> Option<Signature> {
        Signature::counted(text).0
    }

    /// [`Signature::of`], and the number of distinct shingles it was made of.
    pub fn counted(text: &str) -> (Option<Signature>, usize) {
        let shingles = shingles(text);
        let n = shingles.len();
        (Signature::of_shingles(shingles), n)
    }

    fn of_shingles(shingles: Vec<u64>) -> Option<Signature> {
        if shingles.len() < MIN_SHINGLES {
            return None;
        }
        let mut mins = vec![u32::MAX; HASHES];
        for s in shingles {
            for (i, m) in mins.iter_mut().enumerate() {
                // Multiply-shift hashing: a cheap family of hash functions, each an odd multiplier and an offset.
                let (a, b) = COEFFS[i];
                let h = (a.wrapping_mul(s).wrapping_add(b) >> 32) as u32;
                if h < *m {
                    *m = h;
                }
            }
        }
        Some(Signature(mins))
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets: the share of equal positions.
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.0.len() != other.0.len() || self.0.is_empty() {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / self.0.len() as f64
    }

    /// One key per band, tagged with the band's number so equal values in different bands do not meet.
    pub fn band_keys(&self) -> Vec<u64> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut h = mix(0x6d69_6e68_6173_6800 ^ band as u64);
                for r in rows {
                    h = mix(h ^ u64::from(*r));
                }
                h
            })
            .collect()
    }

    /// The signature as bytes (little-endian `u32`s), as the index stores it.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads [`Signature::to_bytes`] back; `None` for bytes of another length.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != HASHES * 4 {
            return None;
        }
        Some(Signature(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ))
    }
}

/// A compact signature kept in the record itself (`source.page_minhash`): the lowest byte of each MinHash
/// value ("b-bit MinHash"), 256 hex digits. Two unrelated texts agree on a byte by chance one time in 256,
/// which [`Sketch::similarity`] corrects for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sketch(pub Vec<u8>);

/// Values in a [`Sketch`]: as many as a full signature. A page and its text dump are told from two pages of
/// one site by a few points of similarity (0.95 against 0.85), where 64 values (older Sifts' sketches, still
/// read) err by ±0.04 and 128 by ±0.03.
pub const SKETCH_HASHES: usize = HASHES;
/// Values of an older Sift's sketch; its values are the first ones of a sketch of today.
pub const OLD_SKETCH_HASHES: usize = 64;
/// Sketch values the band keys are made of: as many as in an older sketch, so old and new sketches of one
/// page share their keys, and a lookup costs as many keys as before.
const SKETCH_BAND_VALUES: usize = OLD_SKETCH_HASHES;

impl Sketch {
    /// The sketch of `text`, `None` when it has fewer than [`MIN_SHINGLES`] shingles.
    pub fn of(text: &str) -> Option<Sketch> {
        Signature::of(text).map(|s| Sketch(s.0.iter().map(|v| *v as u8).collect()))
    }

    /// The estimated Jaccard similarity, corrected for chance agreement of one byte in 256.
    /// Over the values both have: an older Sift's sketch has the first half of the values.
    pub fn similarity(&self, other: &Sketch) -> f64 {
        let n = self.0.len().min(other.0.len());
        if n == 0 {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count() as f64;
        let m = same / n as f64;
        ((m - 1.0 / 256.0) / (1.0 - 1.0 / 256.0)).max(0.0)
    }

    /// One key per band of [`ROWS`] bytes, tagged apart from [`Signature::band_keys`].
    pub fn band_keys(&self) -> Vec<u64> {
        self.0[..self.0.len().min(SKETCH_BAND_VALUES)]
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut h = mix(0x7061_6765_0000_0000 ^ band as u64);
                for r in rows {
                    h = mix(h ^ u64::from(*r));
                }
                h
            })
            .collect()
    }

    pub fn to_hex(&self) -> String {
        crate::input::detect::hex(&self.0)
    }

    /// Reads [`Sketch::to_hex`] back (or an older Sift's shorter sketch); `None` for anything else.
    pub fn from_hex(s: &str) -> Option<Sketch> {
        if ![SKETCH_HASHES * 2, OLD_SKETCH_HASHES * 2].contains(&s.len()) || !s.is_ascii() {
            return None;
        }
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
            .collect::<Option<Vec<u8>>>()
            .map(Sketch)
    }
}

/// The distinct shingles of `text`, hashed: runs of [`SHINGLE_WORDS`] words, lower-cased, punctuation and
/// spacing ignored. A text shorter than a shingle gives none.
pub fn shingles(text: &str) -> Vec<u64> {
    let words = words(text);
    let mut out: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| {
            w.iter()
                .fold(0x7368_696e_676c_6500u64, |h, x| mix(h.rotate_left(23) ^ x))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The words of `text`, each hashed: runs of letters and digits, lower-cased. Scripts written without spaces
/// (Chinese, Japanese, Thai) have no words to split on, so each of their characters counts as one.
fn words(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut cur = FNV_OFFSET;
    let mut len = 0usize;
    for c in text.chars() {
        if unspaced(c) {
            if len > 0 {
                out.push(cur);
            }
            out.push(fnv_char(FNV_OFFSET, c));
            cur = FNV_OFFSET;
            len = 0;
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                cur = fnv_char(cur, l);
            }
            len += 1;
        } else if len > 0 {
            out.push(cur);
            cur = FNV_OFFSET;
            len = 0;
        }
    }
    if len > 0 {
        out.push(cur);
    }
    out
}

/// Characters of scripts written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x2FFFF) // CJK extensions B–F
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_char(mut h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    for b in c.encode_utf8(&mut buf).bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// SplitMix64's finaliser: spreads every input bit over the output, so shingle hashes are uniform.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The hash functions' coefficients, fixed (an index built by one run is read by the next): odd multipliers and
/// offsets drawn from SplitMix64 seeded with a constant.
const COEFFS: [(u64, u64); HASHES] = coeffs();

const fn coeffs() -> [(u64, u64); HASHES] {
    let mut out = [(0u64, 0u64); HASHES];
    let mut state: u64 = 0x5349_4654_4455_5053; // "SIFTDUPS"
    let mut i = 0;
    while i < HASHES {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let a = const_mix(state) | 1;
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let b = const_mix(state);
        out[i] = (a, b);
        i += 1;
    }
    out
}

const fn const_mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(seed: usize, n: usize) -> String {
        (0..n)
            .map(|i| format!("word{}", mix((seed * 1_000_003 + i) as u64) % 5000))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn similarity_tracks_the_share_of_shared_text() {
        let a = para(1, 400);
        let same = Signature::of(&a.to_uppercase().replace(' ', " ,\n")).unwrap();
        let sa = Signature::of(&a).unwrap();
        assert_eq!(sa.similarity(&same), 1.0);
        // The first half shared, the second half different: Jaccard about 1/3.
        let half = format!("{} {}", &para(1, 200), para(2, 200));
        let s = sa.similarity(&Signature::of(&half).unwrap());
        assert!((0.2..0.5).contains(&s), "{s}");
        let other = Signature::of(&para(3, 400)).unwrap();
        assert!(sa.similarity(&other) < 0.05);
        assert_eq!(Signature::from_bytes(&sa.to_bytes()), Some(sa.clone()));
        let shared_bands = sa
            .band_keys()
            .iter()
            .filter(|k| other.band_keys().contains(k))
            .count();
        assert_eq!(shared_bands, 0);
    }

    #[test]
    fn short_texts_have_no_signature_and_unspaced_scripts_have_words() {
        assert!(Signature::of("Page not found. Go home.").is_none());
        assert_eq!(words("東京都 Tokyo").len(), 4);
        let han: String = (0..40u32)
            .filter_map(|i| char::from_u32(0x4E00 + i * 37))
            .collect();
        assert!(Signature::of(&han).is_some());
    }
}
