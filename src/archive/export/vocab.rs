//! Word lists the exports use to read names: which words are surname particles, which mark an organisation
//! rather than a person. Kept apart from the logic so they can grow per language.

/// Lowercase particles that belong to the family name (`Ludwig van Beethoven` → family `van Beethoven`):
/// Dutch, German, French, Spanish, Portuguese, Italian, Arabic.
pub const PARTICLES: [&str; 17] = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le",
    "ter", "zu", "al",
];

/// Words that make an author string an organisation or a desk, not a person; such names go to CSL `literal`.
/// Matched as whole lowercase words.
pub const ORGANISATION_WORDS: [&str; 30] = [
    "staff",
    "desk",
    "team",
    "editors",
    "editorial",
    "newsroom",
    "agency",
    "press",
    "news",
    "reuters",
    "afp",
    "ap",
    "dpa",
    "ansa",
    "efe",
    "tass",
    "ria",
    "interfax",
    "xinhua",
    "bbc",
    "cnn",
    "redaktion",
    "rédaction",
    "redacción",
    "redazione",
    "редакция",
    "reporters",
    "correspondent",
    "bureau",
    "wire",
];

/// Name suffixes that stay with the given name's end rather than becoming the family name.
pub const SUFFIXES: [&str; 7] = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];
