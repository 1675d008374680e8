//! The page flattened: every element in document order with what the extractor needs to know of it, and every
//! visible text block with the element that owns it.
//!
//! One iterative walk (no recursion: pages nested 200,000 deep must not overflow the stack). Parents come before
//! their children, so subtree sums are one reverse pass.

use super::attrs::attr;
use super::vocab;
use scraper::node::Element;
use scraper::{Html, Node};

/// Class hints of an element, as bit flags (`Elem::hints`).
pub const HINT_BYLINE: u8 = 1;
pub const HINT_DATE: u8 = 2;
pub const HINT_SUBTITLE: u8 = 4;
pub const HINT_CAPTION: u8 = 8;
pub const HINT_CREDIT: u8 = 16;

/// What one class or id string says, computed once per distinct string (pages repeat their class names, and
/// the regexes are most of the walk's cost otherwise).
#[derive(Clone, Copy, Default)]
struct ClassInfo {
    weight: i32,
    chrome: bool,
    unlikely: bool,
    maybe: bool,
    hints: u8,
}

fn class_info(s: &str, token_chrome: bool) -> ClassInfo {
    if s.is_empty() {
        return ClassInfo::default();
    }
    let mut weight = 0;
    if vocab::NEGATIVE.is_match(s) {
        weight -= vocab::CLASS_WEIGHT;
    }
    if vocab::POSITIVE.is_match(s) {
        weight += vocab::CLASS_WEIGHT;
    }
    let mut hints = 0;
    for (re, h) in [
        (&*vocab::BYLINE_CLASS, HINT_BYLINE),
        (&*vocab::DATE_CLASS, HINT_DATE),
        (&*vocab::SUBTITLE_CLASS, HINT_SUBTITLE),
        (&*vocab::CAPTION_CLASS, HINT_CAPTION),
        (&*vocab::CREDIT_CLASS, HINT_CREDIT),
    ] {
        if re.is_match(s) {
            hints |= h;
        }
    }
    ClassInfo {
        weight,
        chrome: if token_chrome {
            s.split_whitespace().any(is_chrome_token)
        } else {
            is_chrome_token(s)
        },
        unlikely: vocab::UNLIKELY.is_match(s),
        maybe: vocab::MAYBE.is_match(s),
        hints,
    }
}

type ClassCache<'a> = std::collections::HashMap<&'a str, ClassInfo>;

/// Sentinel parent of the root.
pub const NO_PARENT: usize = usize::MAX;

/// One element of the page.
pub struct Elem<'a> {
    pub el: &'a Element,
    pub name: &'a str,
    pub parent: usize,
    /// Readability's class weight: + for article-like class/id, − for furniture-like.
    pub class_weight: i32,
    /// Page furniture by tag, role or class (own, not inherited).
    pub chrome: bool,
    /// Page furniture by tag or ARIA role alone (own).
    pub chrome_tag: bool,
    /// Class hints (`HINT_*`): byline, date, subtitle, caption, credit.
    pub hints: u8,
    /// Class or id says it is unlikely to hold the article (own).
    pub unlikely: bool,
    /// Non-space characters of text in the subtree, and of them inside links.
    pub chars: usize,
    pub link_chars: usize,
    pub commas: usize,
    /// Number of paragraph blocks (`p` owners) in the subtree.
    pub paragraphs: usize,
    /// Index of the first block in the subtree (`usize::MAX` when none): the subtree's blocks are the run
    /// from there whose owners lie in the subtree.
    pub first_block: usize,
}

/// A visible run of text, owned by its nearest block-level element.
pub struct RawBlock {
    pub text: String,
    pub owner: usize,
    pub chars: usize,
    pub link_chars: usize,
    pub commas: usize,
    /// The block holds a `<time>` element or an inline element whose class names a date.
    pub has_time: bool,
}

/// The flattened page.
pub struct Page<'a> {
    pub elems: Vec<Elem<'a>>,
    pub blocks: Vec<RawBlock>,
}

impl Page<'_> {
    /// Indexes of the blocks inside element `i` (`last` from `score::subtree_ends`).
    pub fn blocks_in(&self, i: usize, last: &[usize]) -> std::ops::Range<usize> {
        let start = self.elems[i].first_block;
        if start == usize::MAX {
            return 0..0;
        }
        let mut end = start;
        while end < self.blocks.len()
            && self.blocks[end].owner >= i
            && self.blocks[end].owner <= last[i]
        {
            end += 1;
        }
        start..end
    }

    /// Class and id of element `i`, joined by a space.
    pub fn class_id(&self, i: usize) -> String {
        let e = self.elems[i].el;
        let mut s = e.attr("class").unwrap_or("").to_string();
        if let Some(id) = e.id() {
            s.push(' ');
            s.push_str(id);
        }
        s
    }
}

/// A walk step; `N` is the tree's node reference (ego_tree's, which `scraper` does not re-export).
enum Step<N> {
    Enter(N),
    Exit { block: bool, link: bool, pre: bool },
}

/// Pushes a node's children last first, so they pop in document order.
macro_rules! push_children {
    ($stack:expr, $node:expr) => {{
        let mut c = $node.last_child();
        while let Some(n) = c {
            $stack.push(Step::Enter(n));
            c = n.prev_sibling();
        }
    }};
}

/// Flattens the parsed page.
pub fn flatten(doc: &Html) -> Page<'_> {
    let mut elems: Vec<Elem> = Vec::new();
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut stack = vec![Step::Enter(doc.tree.root())];
    // Current element path (indexes into elems), the block owners, and the text being gathered.
    let mut path: Vec<usize> = Vec::new();
    let mut owners: Vec<usize> = Vec::new();
    let mut buf = Buf::default();
    let mut link_depth = 0usize;
    let mut pre_depth = 0usize;
    let mut classes: ClassCache = ClassCache::new();
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if vocab::INVISIBLE_TAGS.contains(&name) || is_hidden(el) {
                        continue;
                    }
                    let idx = elems.len();
                    let parent = path.last().copied().unwrap_or(NO_PARENT);
                    elems.push(describe(el, parent, &mut classes));
                    let block = vocab::BLOCK_TAGS.contains(&name);
                    let link = name == "a";
                    let pre = name == "pre";
                    if block {
                        buf.flush(&owners, &mut blocks);
                        owners.push(idx);
                    }
                    // A `<time>`, or an inline element classed as a date (`<span class="date">`).
                    if name == "time" || (!block && elems[idx].hints & HINT_DATE != 0) {
                        buf.has_time = true;
                    }
                    if name == "br" {
                        buf.text.push('\n');
                    } else if name == "img" {
                        // Inline images break nothing, but separate words around them.
                        buf.text.push(' ');
                    } else if !block {
                        buf.edge = true;
                    }
                    if link {
                        link_depth += 1;
                    }
                    if pre {
                        pre_depth += 1;
                    }
                    path.push(idx);
                    stack.push(Step::Exit { block, link, pre });
                    push_children!(stack, node);
                }
                Node::Text(t) => {
                    let s: &str = &t.text;
                    if std::mem::take(&mut buf.edge) {
                        buf.space_at_edge(s);
                    }
                    if pre_depth > 0 {
                        // Keep the layout of preformatted text: mark its newlines as hard breaks.
                        buf.text.push_str(&s.replace('\n', "\u{2028}"));
                    } else {
                        buf.text.push_str(s);
                    }
                    if link_depth > 0 {
                        buf.link_chars += s.chars().filter(|c| !c.is_whitespace()).count();
                    }
                }
                Node::Document | Node::Fragment => push_children!(stack, node),
                _ => {}
            },
            Step::Exit { block, link, pre } => {
                if block {
                    buf.flush(&owners, &mut blocks);
                    owners.pop();
                } else {
                    buf.edge = true;
                }
                if link {
                    link_depth -= 1;
                }
                if pre {
                    pre_depth -= 1;
                }
                path.pop();
            }
        }
    }
    buf.flush(&owners, &mut blocks);
    let mut page = Page { elems, blocks };
    sum_subtrees(&mut page);
    page
}

/// Text gathered since the last block boundary.
#[derive(Default)]
struct Buf {
    text: String,
    link_chars: usize,
    has_time: bool,
    /// An inline element started or ended since the last text.
    edge: bool,
}

impl Buf {
    /// Two inline elements side by side with no space between them (`<span>Nov 15, 2019</span><span>5:45
    /// AM</span>`) are set apart by the page's style, which is not read here: where the glued text could only
    /// be two things (a number run into a number, a word into a capitalised one, a sentence's end into the next
    /// word), a space goes between. Elsewhere the text stays glued, as inside a word split by markup
    /// (`<b>W</b>ord`).
    fn space_at_edge(&mut self, next: &str) {
        let (Some(a), Some(b)) = (self.text.chars().next_back(), next.chars().next()) else {
            return;
        };
        let glued = (a.is_ascii_digit() && b.is_ascii_digit())
            || (a.is_lowercase() && b.is_uppercase())
            || (a.is_ascii_digit() && b.is_uppercase())
            || (matches!(a, '.' | '!' | '?' | ',' | ';' | ':')
                && (b.is_uppercase() || b.is_ascii_digit()));
        if glued {
            self.text.push(' ');
        }
    }

    fn flush(&mut self, owners: &[usize], blocks: &mut Vec<RawBlock>) {
        if self.text.is_empty() {
            return;
        }
        let text = normalize(&self.text);
        let link_chars = self.link_chars;
        let has_time = self.has_time;
        self.text.clear();
        self.link_chars = 0;
        self.has_time = false;
        let Some(&owner) = owners.last() else {
            return;
        };
        if text.is_empty() {
            return;
        }
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        let commas = text.chars().filter(|c| vocab::COMMAS.contains(c)).count();
        blocks.push(RawBlock {
            text,
            owner,
            chars,
            link_chars: link_chars.min(chars),
            commas,
            has_time,
        });
    }
}

/// Characters that never show: soft hyphens (`Ita&shy;li&shy;en`), zero-width spaces and byte-order marks. A
/// word split by them is one word to a reader and to whoever searches the text. (Zero-width joiners stay: they
/// shape emoji and Indic and Persian text.)
const INVISIBLE_CHARS: &[char] = &['\u{00AD}', '\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Collapses white space within lines; `<br>` newlines and preformatted breaks stay line breaks.
pub fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.split(['\n', '\u{2028}']) {
        let mut first = true;
        let mut line_out = String::new();
        for w in line.split_whitespace() {
            if !first {
                line_out.push(' ');
            }
            if w.contains(INVISIBLE_CHARS) {
                line_out.extend(w.chars().filter(|c| !INVISIBLE_CHARS.contains(c)));
            } else {
                line_out.push_str(w);
            }
            first = false;
        }
        if line_out.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line_out);
    }
    // The range test first: most text has no Indic letter, and the scan stays one comparison a character.
    if out.contains(|c| NUKTA_RANGE.contains(&c) && NUKTA_LETTERS.iter().any(|(p, _)| *p == c)) {
        out = out
            .chars()
            .flat_map(|c| match NUKTA_LETTERS.iter().find(|(p, _)| *p == c) {
                Some((_, [base, nukta])) => [Some(*base), Some(*nukta)],
                None => [Some(c), None],
            })
            .flatten()
            .collect();
    }
    out
}

/// Indic letters with a nukta that Unicode's normal form (NFC) writes as base letter + nukta, never precomposed
/// (they are composition exclusions): pages use either spelling, and text searched or compared in NFC finds the
/// precomposed one only once it is decomposed. (precomposed, [base, nukta]) for Devanagari, Bengali, Gurmukhi
/// and Oriya.
const NUKTA_RANGE: std::ops::RangeInclusive<char> = '\u{0958}'..='\u{0B5D}';
const NUKTA_LETTERS: &[(char, [char; 2])] = &[
    ('\u{0958}', ['\u{0915}', '\u{093C}']),
    ('\u{0959}', ['\u{0916}', '\u{093C}']),
    ('\u{095A}', ['\u{0917}', '\u{093C}']),
    ('\u{095B}', ['\u{091C}', '\u{093C}']),
    ('\u{095C}', ['\u{0921}', '\u{093C}']),
    ('\u{095D}', ['\u{0922}', '\u{093C}']),
    ('\u{095E}', ['\u{092B}', '\u{093C}']),
    ('\u{095F}', ['\u{092F}', '\u{093C}']),
    ('\u{09DC}', ['\u{09A1}', '\u{09BC}']),
    ('\u{09DD}', ['\u{09A2}', '\u{09BC}']),
    ('\u{09DF}', ['\u{09AF}', '\u{09BC}']),
    ('\u{0A33}', ['\u{0A32}', '\u{0A3C}']),
    ('\u{0A36}', ['\u{0A38}', '\u{0A3C}']),
    ('\u{0A59}', ['\u{0A16}', '\u{0A3C}']),
    ('\u{0A5A}', ['\u{0A17}', '\u{0A3C}']),
    ('\u{0A5B}', ['\u{0A1C}', '\u{0A3C}']),
    ('\u{0A5E}', ['\u{0A2B}', '\u{0A3C}']),
    ('\u{0B5C}', ['\u{0B21}', '\u{0B3C}']),
    ('\u{0B5D}', ['\u{0B22}', '\u{0B3C}']),
];

fn is_hidden(el: &Element) -> bool {
    if attr(el, "hidden").is_some() || attr(el, "aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = attr(el, "style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    // The class tokens as `Element::classes` splits them, without interning each.
    let classes = attr(el, "class").unwrap_or("").split_ascii_whitespace();
    classes.into_iter().any(|c| {
        vocab::HIDDEN_CLASSES
            .iter()
            .any(|h| c.eq_ignore_ascii_case(h))
    })
}

fn describe<'a>(el: &'a Element, parent: usize, cache: &mut ClassCache<'a>) -> Elem<'a> {
    let name = el.name();
    let class = attr(el, "class").unwrap_or("");
    let id = el.id().unwrap_or("");
    let c = *cache
        .entry(class)
        .or_insert_with(|| class_info(class, true));
    // Ids are mostly unique: not worth caching.
    let d = if id.is_empty() {
        ClassInfo::default()
    } else {
        class_info(id, false)
    };
    let role = attr(el, "role").unwrap_or("");
    let chrome_tag = vocab::CHROME_TAGS.contains(&name)
        || vocab::CHROME_ROLES
            .iter()
            .any(|r| role.eq_ignore_ascii_case(r));
    let unlikely = !matches!(name, "body" | "a" | "html" | "main" | "article")
        && (c.unlikely || d.unlikely)
        && !c.maybe
        && !d.maybe;
    Elem {
        el,
        name,
        parent,
        class_weight: c.weight + d.weight,
        // The page's root and body hold everything, and `main` holds the page's main content by definition: a
        // class on them ("enable-ad-placeholder", a script's hook "js-social-anchor-start") says what the page
        // may load or do, never that the page is furniture.
        chrome: chrome_tag || ((c.chrome || d.chrome) && !matches!(name, "body" | "html" | "main")),
        chrome_tag,
        hints: c.hints | d.hints,
        unlikely,
        chars: 0,
        link_chars: 0,
        commas: 0,
        paragraphs: 0,
        first_block: usize::MAX,
    }
}

fn is_chrome_token(tok: &str) -> bool {
    if tok.is_empty() || tok.len() > 60 {
        return false;
    }
    let lower = tok.to_ascii_lowercase();
    if vocab::CHROME_CLASS_EXEMPT_PREFIXES
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return false;
    }
    vocab::CHROME_CLASS.is_match(&lower)
}

fn sum_subtrees(page: &mut Page) {
    for (bi, b) in page.blocks.iter().enumerate() {
        let e = &mut page.elems[b.owner];
        e.first_block = e.first_block.min(bi);
        e.chars += b.chars;
        e.link_chars += b.link_chars;
        e.commas += b.commas;
        if e.name == "p" {
            e.paragraphs += 1;
        }
    }
    for i in (0..page.elems.len()).rev() {
        let p = page.elems[i].parent;
        if p != NO_PARENT {
            let (chars, links, commas, paras) = (
                page.elems[i].chars,
                page.elems[i].link_chars,
                page.elems[i].commas,
                page.elems[i].paragraphs,
            );
            let first = page.elems[i].first_block;
            let pe = &mut page.elems[p];
            pe.first_block = pe.first_block.min(first);
            pe.chars += chars;
            pe.link_chars += links;
            pe.commas += commas;
            pe.paragraphs += paras;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_words_name_furniture_only_near_a_class_tokens_end() {
        for t in [
            "comments",
            "post-comments",
            "comment-form-author",
            "social-share-bar",
            "share-bar-2",
            "jp-relatedposts",
        ] {
            assert!(is_chrome_token(t), "{t}");
        }
        for t in [
            "gigya-share-btns-2_gig_containerParent",
            "menu-entries-for-one-colleague",
            "has-sidebar",
            "article-body",
        ] {
            assert!(!is_chrome_token(t), "{t}");
        }
    }

    #[test]
    fn nukta_letters_are_written_as_in_normal_form() {
        // Bengali "সাড়ে" and Hindi "पढ़ा" with precomposed nukta letters come out as base letter + nukta.
        assert_eq!(
            normalize("\u{09B8}\u{09BE}\u{09DC}\u{09C7}"),
            "\u{09B8}\u{09BE}\u{09A1}\u{09BC}\u{09C7}"
        );
        assert_eq!(
            normalize("\u{092A}\u{0922}\u{093C}\u{093E} \u{095D}"),
            "\u{092A}\u{0922}\u{093C}\u{093E} \u{0922}\u{093C}"
        );
        assert_eq!(normalize("plain  text"), "plain text");
    }

    #[test]
    fn a_class_on_the_body_never_makes_the_page_furniture() {
        let doc = Html::parse_document(
            "<html><body class='enable-ad-placeholder'><div class='ad-placeholder'>x</div></body></html>",
        );
        let page = flatten(&doc);
        let body = page
            .elems
            .iter()
            .find(|e| e.name == "body")
            .map(|e| e.chrome);
        let div = page
            .elems
            .iter()
            .find(|e| e.name == "div")
            .map(|e| e.chrome);
        assert_eq!((body, div), (Some(false), Some(true)));
        // Nor a script's hook on `main`, which holds the page's main content by definition.
        let doc = Html::parse_document(
            "<html><body><main class='container js-social-anchor-start'><p>x</p></main>\
             <div class='js-social-anchor-start'>y</div></body></html>",
        );
        let page = flatten(&doc);
        let chrome = |name: &str| page.elems.iter().find(|e| e.name == name).map(|e| e.chrome);
        assert_eq!((chrome("main"), chrome("div")), (Some(false), Some(true)));
    }
}
