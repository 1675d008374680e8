//! Thresholds of the plain-text dump extractor, each with how it was set.
//!
//! Values marked "swept" were calibrated on the dev dumps (`readability-text` scored with `score.py aeb`,
//! `snippets-text` with `score.py snippets`) by trying the listed values one or two at a time and keeping the
//! best mean of the two body F1s; the peaks were flat (±0.005), so the numbers are round. The others are set
//! by reading dumps, not swept.

/// A line with at least this many characters and enough function words is prose (a paragraph). Menus and
/// teasers rarely reach it; one-sentence paragraphs usually do. Swept 60, 80, 120.
pub const GOOD_MIN_CHARS: usize = 80;
/// Share of a line's words that must be the language's function words for it to be prose. jusText uses 0.30
/// for its single-language lists; ours are shorter, so a lower value. Swept 0.12, 0.18, 0.25.
pub const GOOD_STOP_RATIO: f32 = 0.18;
/// A shorter line that still reads as a sentence (ends like one, has function words) counts half.
pub const NEAR_MIN_CHARS: usize = 40;
/// Function-word share for the half-weight prose lines.
pub const NEAR_STOP_RATIO: f32 = 0.12;
/// A very long line is prose whatever its words, unless it is furniture by vocabulary.
pub const LONG_LINE_CHARS: usize = 250;
/// CJK prose: characters of Han / kana / Hangul needed, with sentence punctuation.
pub const CJK_GOOD_CHARS: usize = 40;
/// CJK half-weight prose.
pub const CJK_NEAR_CHARS: usize = 15;
/// Below this share of function words over the whole page, the page's language has no list of ours and
/// prose is told by shape alone.
pub const LANGUAGE_MIN_SHARE: f32 = 0.04;

/// Region search: what a non-prose line inside the article costs (in characters of prose). A heading or a
/// short line between paragraphs costs little; a run of menu lines costs more than a paragraph brings.
/// Swept 15, 30, 40, 50 (with `BAD_COST`).
pub const SHORT_COST: f32 = 40.0;
/// What a short line costs when it is a sentence (three words or more, a full stop): menus and labels
/// never end in one. Swept 0, 10, 20, 40 (= `SHORT_COST`); 20 with the full stop alone, as `!`, `?` and `:`
/// also close share prompts and teaser kickers.
pub const SENTENCE_COST: f32 = 20.0;
/// What an item of an ingredient list brings (see `text::lists`): a little, so the list joins the steps
/// of its recipe. Swept 0, 20, 40, 80.
pub const LIST_ITEM_GAIN: f32 = 40.0;
/// What a furniture line (vocabulary match) costs. Swept 40, 80, 120, 150.
pub const BAD_COST: f32 = 120.0;
/// Weight of a half-prose line, relative to its length. Swept 0.2, 0.5, 1.0.
pub const NEAR_WEIGHT: f32 = 0.5;
/// Cap on what one line can bring, so one huge line elsewhere does not pull the region to it.
pub const LINE_GAIN_CAP: f32 = 1500.0;
/// A second prose region is kept beside the best one when it brings at least this share of the best's
/// gain and is no further than `MERGE_GAP` lines away. Swept 0.1, 0.25, 1.1 (never).
pub const MERGE_SHARE: f32 = 0.25;
/// See `MERGE_SHARE`. Swept 12, 20, 25, 40.
pub const MERGE_GAP: usize = 25;

/// How many lines before the body the title, subtitle, date and byline are looked for.
pub const HEAD_LOOKBACK: usize = 15;
/// Lines at the top of the body still searched for a date or byline line.
pub const HEAD_LOOKAHEAD: usize = 3;
/// A title has at most this many words (CJK: four times as many characters).
pub const TITLE_MAX_WORDS: usize = 30;
/// The headline part of the page's `<title>` must have at least this many words to be cut out of a longer
/// title line (`Home News Bridge closes over river`): shorter parts end many lines by chance. Set by reading.
pub const TITLE_TAIL_MIN_WORDS: usize = 3;
/// A subtitle (lede) has at least this many words.
pub const SUBTITLE_MIN_WORDS: usize = 5;
/// A subtitle has at most this many characters; longer is a paragraph.
pub const SUBTITLE_MAX_CHARS: usize = 300;
/// A byline or a date line has at most this many characters.
pub const META_LINE_MAX_CHARS: usize = 160;
/// A line where this share of the words are icon-font class names is the icon strip.
pub const ICON_TOKEN_SHARE: f32 = 0.3;
/// A line containing a furniture phrase is furniture when it is at most this long; a paragraph that quotes
/// one is not.
pub const PHRASE_LINE_MAX_CHARS: usize = 200;
/// A menu bar flattened onto one line (`Home News Sport Login`): capitalised single words, at least this many
/// of them UI labels, and at least this share. A title-case headline naming one such word (`Home Secretary
/// Resigns Over Login Scandal`, two of six) stays a headline; the menus of our fixtures in eight languages hold
/// two or more of five or fewer words.
pub const MENU_ROW_MIN_LABELS: usize = 2;
pub const MENU_ROW_MIN_LABEL_SHARE: f32 = 0.4;
pub const MENU_ROW_MAX_WORDS: usize = 12;
/// A share bar on one line (see `text::lines`): at least this many words, and at least this share of them
/// network names or interface labels. Set by reading: a headline naming two networks (`Facebook and Twitter
/// ban the account`) stays under the share, the bars of the dev dumps hold eight or more names of ten.
pub const SHARE_ROW_MIN_WORDS: usize = 4;
pub const SHARE_ROW_MIN_SHARE: f32 = 0.6;
/// A line ending in a `read more` label is a teaser when at most this long; a paragraph is not cut off by a
/// link in a dump.
pub const TEASER_LINE_MAX_CHARS: usize = 400;
/// A caption line is at most this long.
pub const CAPTION_MAX_CHARS: usize = 400;
/// A run of at least this gain that ends at an end marker (`Comments`, `Related`) is taken for an article:
/// prose after it (comments, teasers) is discounted by `AFTER_END_WEIGHT`. About two paragraphs.
pub const ARTICLE_MIN_GAIN: f32 = 300.0;
/// See `ARTICLE_MIN_GAIN`. Swept 0.1, 0.3, 0.6; comment threads are often longer than their article.
pub const AFTER_END_WEIGHT: f32 = 0.3;
/// Weight of what follows a comment heading (`Kommentare`, no count) once an article-sized run stood
/// anywhere before it: a thread can be many times longer than its article. Swept 0.3, 0.1, 0.05.
pub const AFTER_COMMENTS_WEIGHT: f32 = 0.1;
/// A run that starts within `ANCHOR_SPAN` lines after the article's headline (a line the page's `<title>`
/// repeats) gains `ANCHOR_BONUS`: the article sits under its headline, login boxes and teasers do not.
/// Swept 0, 500, 1000, 2000.
pub const ANCHOR_BONUS: f32 = 1000.0;
/// See `ANCHOR_BONUS`. Swept 10, 20, 40.
pub const ANCHOR_SPAN: usize = 10;
/// A lede under the headline joins a region that starts at most this many lines below it (see
/// `text::region`). Swept 25, 40, 60 on the dev dumps: 25 keeps half the gain, 60 adds nothing to 40.
pub const LEDE_GAP: usize = 40;
/// Lines of a list a region's last line announces with a colon that join the region (see `text::region`).
pub const ANNOUNCED_LIST_MAX: usize = 25;
/// Share of the `<title>` line's length a line must cover to be taken for the headline it repeats.
pub const ANCHOR_MIN_SHARE: f32 = 0.4;
/// How many teaser units (kicker and headline, then one blurb) at the end of a region make it a teaser list
/// to cut. Swept 1, 2, 3 and off.
pub const TEASER_MIN_UNITS: usize = 2;

/// Lines of bio an author box at the end of an article may hold after the name. Swept 1–3 on the
/// snippets text set: 2 removes the bios (one paragraph, sometimes a contact line) without cutting endings.
pub const AUTHOR_BOX_MAX_LINES: usize = 2;
/// Words of the label above an author box (`Author`, `Über den Autor`).
pub const AUTHOR_LABEL_MAX_WORDS: usize = 3;
/// Teaser units with a lone headline (no kicker) look like an article's closing sections, so they are cut
/// only when at least this many end the region, each blurb at most `TEASER_BLURB_MAX_CHARS` long and each
/// headline at least `TEASER_HEADLINE_MIN_WORDS` words. Swept on the dev dumps: units 2 and 3 (2 cut closing
/// sections), blurbs 300, 450 and 600 chars (450 best on readability-text), headline words 4 and 5.
pub const TEASER_LONE_MIN_UNITS: usize = 3;
pub const TEASER_BLURB_MAX_CHARS: usize = 450;
pub const TEASER_HEADLINE_MIN_WORDS: usize = 5;
