//! Synthetic input files for the input tests and the fuzz seed corpus: short articles written for these tests
//! (no third-party text), encoded in the encodings scraped archives come in, plus containers and hostile bytes.
//! `cargo test --test input -- --ignored write_fixture_files` writes them to `tests/fixtures/input/`.

#![allow(dead_code)]

use std::io::Write;

/// A Russian news dump (plain text).
pub const RU_TEXT: &str = "Новости региона\n\nВ пятницу городской совет утвердил план ремонта набережной. \
Работы начнутся весной и продлятся два года, сообщил глава комиссии по благоустройству.\n\n\
Жители смогут обсудить проект на открытых слушаниях в библиотеке имени Пушкина. Пешеходная зона \
станет шире, а вдоль реки появятся новые скамейки, фонари и велосипедная дорожка.\n\nФото: пресс-служба";

/// A Japanese article body.
pub const JA_TEXT: &str = "市立図書館は来月から開館時間を延長すると発表しました。平日は午後九時まで利用でき、\
学生や会社員からは歓迎の声が上がっています。館長は「夜でも静かに本を読める場所を作りたい」と話しています。\
新しい閲覧室には電源付きの机が四十席用意されます。";

/// A Chinese article body.
pub const ZH_TEXT: &str = "本市今天公布了新的公共交通计划。从下个月开始，夜间公交线路将增加到十二条，\
主要连接大学城和火车站。交通局负责人表示，这项措施将方便晚归的学生和上班族。市民可以通过手机应用查询实时到站信息。";

/// A Polish article body (ISO-8859-2 letters).
pub const PL_TEXT: &str = "Żółty tramwaj wjechał na nową pętlę przy ulicy Łąkowej. Mieszkańcy dzielnicy \
czekali na to połączenie ponad dziesięć lat. Przejazd do śródmieścia zajmie teraz piętnaście minut.";

/// A Greek article body.
pub const EL_TEXT: &str = "Το δημοτικό συμβούλιο ενέκρινε σήμερα το σχέδιο για τη νέα παιδική χαρά στο κέντρο \
της πόλης. Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν τρεις μήνες.";

/// An English article body.
pub const EN_TEXT: &str = "The harbour ferry will run every twenty minutes from Monday, the transport \
office said. Commuters had asked for more crossings during the morning rush.\n\nThe old timetable, \
with a boat every forty minutes, dated from 1998.";

/// A minimal page around `body`, declaring `head_decl` in its head.
pub fn page(head_decl: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n{head_decl}\n<title>{title}</title>\n</head>\n<body>\n<article>\n<h1>{title}</h1>\n<p>{body}</p>\n</article>\n</body>\n</html>\n"
    )
}

/// `text` in encoding `label` (any WHATWG label with an encoder).
pub fn encode(text: &str, label: &str) -> Vec<u8> {
    let enc = encoding_rs::Encoding::for_label(label.as_bytes()).expect("known label");
    let (bytes, used, unmappable) = enc.encode(text);
    assert_eq!(used, enc, "{label} has its own encoder");
    assert!(!unmappable, "text fits {label}");
    bytes.into_owned()
}

/// `text` in UTF-16, little- or big-endian, with or without a BOM.
pub fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom
        .then_some(0xfeff_u16)
        .into_iter()
        .chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if little {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// Gzip of `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).expect("in memory");
    enc.finish().expect("in memory")
}

/// Deterministic pseudo-random bytes (xorshift64*).
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

/// A tiny PNG header (signature and an IHDR chunk of a 1×1 image), as an image mistaken for a page starts.
pub fn png() -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00".to_vec();
    b.extend_from_slice(&[0x1f, 0x15, 0xc4, 0x89]);
    b.extend(noise(64, 7));
    b
}

/// A trafilatura-style JSON record (its `--json` output fields).
pub fn trafilatura_json() -> String {
    serde_json::json!({
        "title": "Ferry every twenty minutes",
        "author": "Ann Lee; Bo Chen",
        "hostname": "harbour.example",
        "date": "2024-06-24",
        "url": "https://harbour.example/news/ferry",
        "sitename": "Harbour News",
        "language": "en",
        "text": EN_TEXT,
        "comments": "",
    })
    .to_string()
}

/// A news-please-style JSON record.
pub fn newsplease_json() -> String {
    serde_json::json!({
        "authors": ["Иван Петров", "Мария Соколова"],
        "date_download": "2024-06-25 08:00:00",
        "date_publish": "2024-06-24 17:30:00",
        "description": "План ремонта набережной",
        "language": "ru",
        "maintext": RU_TEXT,
        "source_domain": "gorod.example",
        "title": "Набережную отремонтируют",
        "url": "https://gorod.example/news/1",
    })
    .to_string()
}

/// A crawler's JSON Lines: three good records with HTML and one broken line between them.
pub fn crawler_jsonl() -> String {
    let rec = |n: usize, title: &str| {
        serde_json::json!({
            "url": format!("https://site.example/a/{n}"),
            "title": title,
            "html": page("<meta charset=\"utf-8\">", title, EN_TEXT),
            "published": "2024-06-2".to_string() + &n.to_string(),
        })
        .to_string()
    };
    format!(
        "{}\n{}\n{{\"url\": \"https://site.example/a/3\", \"html\": \"<p>cut off\n\n{}\n",
        rec(1, "First"),
        rec(2, "Second"),
        rec(4, "Fourth")
    )
}

/// Every named fixture: (file name, bytes).
pub fn all() -> Vec<(&'static str, Vec<u8>)> {
    let mut v: Vec<(&'static str, Vec<u8>)> = vec![
        (
            "ru_windows1251_undeclared.txt",
            encode(RU_TEXT, "windows-1251"),
        ),
        (
            "ru_koi8r_meta.html",
            encode(
                &page("<meta charset=\"koi8-r\">", "Набережная", RU_TEXT),
                "koi8-r",
            ),
        ),
        (
            "ja_shiftjis_http_equiv.html",
            encode(
                &page(
                    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
                    "図書館",
                    JA_TEXT,
                ),
                "shift_jis",
            ),
        ),
        ("ja_shiftjis_undeclared.txt", encode(JA_TEXT, "shift_jis")),
        (
            "zh_gbk_meta.html",
            encode(&page("<meta charset=\"gb2312\">", "公交", ZH_TEXT), "gbk"),
        ),
        ("zh_gbk_undeclared.txt", encode(ZH_TEXT, "gbk")),
        (
            "pl_iso88592_xml_prolog.xhtml",
            encode(
                &format!(
                    "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n{}",
                    page("", "Tramwaj", PL_TEXT)
                ),
                "iso-8859-2",
            ),
        ),
        (
            "el_iso88597_meta.html",
            encode(
                &page("<meta charset=\"iso-8859-7\">", "Παιδική χαρά", EL_TEXT),
                "iso-8859-7",
            ),
        ),
        ("ru_utf16le_bom.txt", utf16(RU_TEXT, true, true)),
        (
            "en_utf16be_bom.html",
            utf16(&page("", "Ferry", EN_TEXT), false, true),
        ),
        ("ru_utf16le_nobom.txt", utf16(RU_TEXT, true, false)),
        (
            "en_utf16be_nobom.html",
            utf16(&page("", "Ferry", EN_TEXT), false, false),
        ),
        ("de_utf8_bom.txt", {
            let mut b = b"\xef\xbb\xbf".to_vec();
            b.extend_from_slice("Größere Fähren für die Überfahrt".as_bytes());
            b
        }),
        (
            "ru_utf8_declared_windows1251.html",
            page("<meta charset=\"windows-1251\">", "Набережная", RU_TEXT).into_bytes(),
        ),
        ("invalid_utf8_and_nul.txt", {
            // UTF-8 with a stray byte, a NUL, a lead byte without its continuation, and a cut last character.
            let mut b = RU_TEXT.as_bytes().to_vec();
            b.splice(14..14, [0xff, 0x00, 0xd0, b' ']);
            b.extend_from_slice(b"\x00 tail \xd0");
            b
        }),
        ("trafilatura.json", trafilatura_json().into_bytes()),
        ("newsplease.json", newsplease_json().into_bytes()),
        ("crawler.jsonl", crawler_jsonl().into_bytes()),
        (
            "array.json",
            format!("[{},{}]", trafilatura_json(), newsplease_json()).into_bytes(),
        ),
        (
            "envelope.json",
            format!(
                "{{\"count\": 2, \"articles\": [{},{}]}}",
                trafilatura_json(),
                newsplease_json()
            )
            .into_bytes(),
        ),
        (
            "wrong_shape.json",
            br#"{"id": 7, "tags": ["a", "b"], "score": 0.5}"#.to_vec(),
        ),
        (
            "crawler_jsonl_named.txt.gz",
            gzip(crawler_jsonl().as_bytes()),
        ),
        (
            "koi8r_page.gz",
            gzip(&encode(
                &page("<meta charset=\"koi8-r\">", "Набережная", RU_TEXT),
                "koi8-r",
            )),
        ),
        ("image_named.html", png()),
        ("random_named.html", noise(4096, 42)),
        ("empty.txt", Vec::new()),
    ];
    let gz = gzip(RU_TEXT.repeat(20).as_bytes());
    v.push(("truncated.txt.gz", gz[..gz.len() * 2 / 3].to_vec()));
    v
}

/// One fixture's bytes by name.
pub fn get(name: &str) -> Vec<u8> {
    all()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, b)| b)
        .unwrap_or_else(|| panic!("no fixture {name}"))
}
