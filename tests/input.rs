//! Reading scraped files: encodings, formats by content, containers, gzip, limits and hostile input, on
//! synthetic fixtures (`tests/common/input_fixtures.rs`).

#[path = "common/input_fixtures.rs"]
mod fx;
use sift::input::{self, Document, InputError, Limits, decode, read_bytes, read_bytes_with};
use sift::record::Format;

fn one(name: &str) -> Document {
    let mut docs = read_bytes(name, &fx::get(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(docs.len(), 1, "{name} is one document");
    docs.remove(0)
}

fn invalid_message(name: &str, bytes: &[u8]) -> String {
    match read_bytes(name, bytes) {
        Err(InputError::Invalid { path, message }) => {
            assert_eq!(path, name);
            message
        }
        other => panic!("{name}: expected Invalid, got {other:?}"),
    }
}

// ---- 1. Decoding ----

#[test]
fn windows1251_without_declaration_is_detected() {
    let d = one("ru_windows1251_undeclared.txt");
    assert_eq!(d.encoding, "windows-1251");
    assert!(d.text.contains("городской совет утвердил"));
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    assert!(!d.content_is_html);
    assert_eq!(d.format, Format::Text);
}

#[test]
fn koi8r_declared_in_meta_charset() {
    let d = one("ru_koi8r_meta.html");
    assert_eq!(d.encoding, "KOI8-R");
    assert!(d.text.contains("<title>Набережная</title>"));
    assert!(d.content_is_html);
    assert_eq!(d.format, Format::Html);
}

#[test]
fn shift_jis_declared_in_http_equiv() {
    let d = one("ja_shiftjis_http_equiv.html");
    assert_eq!(d.encoding, "Shift_JIS");
    assert!(d.text.contains("開館時間を延長"));
}

#[test]
fn shift_jis_and_gbk_without_declaration_are_detected() {
    let d = one("ja_shiftjis_undeclared.txt");
    assert_eq!(d.encoding, "Shift_JIS");
    assert!(d.text.contains("図書館"));
    let d = one("zh_gbk_undeclared.txt");
    assert_eq!(d.encoding, "GBK");
    assert!(d.text.contains("公共交通计划"));
}

#[test]
fn gb2312_label_reads_as_gbk() {
    let d = one("zh_gbk_meta.html");
    assert_eq!(d.encoding, "GBK");
    assert!(d.text.contains("夜间公交线路"));
}

#[test]
fn iso8859_from_xml_prolog_and_meta() {
    let d = one("pl_iso88592_xml_prolog.xhtml");
    assert_eq!(d.encoding, "ISO-8859-2");
    assert!(d.text.contains("Żółty tramwaj"));
    assert!(d.content_is_html, "XHTML after an XML prolog is HTML");
    let d = one("el_iso88597_meta.html");
    assert_eq!(d.encoding, "ISO-8859-7");
    assert!(d.text.contains("δημοτικό συμβούλιο"));
}

#[test]
fn utf16_with_bom_both_byte_orders() {
    let d = one("ru_utf16le_bom.txt");
    assert_eq!(d.encoding, "UTF-16LE");
    assert!(
        d.text.starts_with("Новости региона"),
        "BOM is not part of the text"
    );
    let d = one("en_utf16be_bom.html");
    assert_eq!(d.encoding, "UTF-16BE");
    assert!(d.content_is_html);
    assert!(d.text.contains("harbour ferry"));
}

#[test]
fn utf16_without_bom_is_recognised() {
    let d = one("ru_utf16le_nobom.txt");
    assert_eq!(d.encoding, "UTF-16LE");
    assert!(d.text.starts_with("Новости региона"));
    let d = one("en_utf16be_nobom.html");
    assert_eq!(d.encoding, "UTF-16BE");
    assert!(d.content_is_html);
}

#[test]
fn utf8_bom_is_stripped() {
    let d = one("de_utf8_bom.txt");
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.text, "Größere Fähren für die Überfahrt");
}

#[test]
fn valid_utf8_beats_a_stale_legacy_declaration_with_a_warning() {
    let d = one("ru_utf8_declared_windows1251.html");
    assert_eq!(d.encoding, "UTF-8");
    assert!(d.text.contains("<title>Набережная</title>"));
    assert!(
        d.warnings.iter().any(|w| w.contains("windows-1251")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn utf8_declaration_over_windows1251_bytes_yields_to_detection() {
    let bytes = fx::encode(
        &fx::page("<meta charset=\"utf-8\">", "Набережная", fx::RU_TEXT),
        "windows-1251",
    );
    let d = read_bytes("mislabelled.html", &bytes)
        .expect("reads")
        .remove(0);
    assert_eq!(d.encoding, "windows-1251");
    assert!(d.text.contains("Набережная"));
    assert!(
        d.warnings.iter().any(|w| w.contains("utf-8")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn invalid_bytes_are_replaced_and_flagged_and_nul_survives() {
    let d = one("invalid_utf8_and_nul.txt");
    assert_eq!(
        d.encoding, "UTF-8",
        "a few bad bytes do not make UTF-8 another encoding"
    );
    assert!(d.text.starts_with("Новости\u{fffd}\0\u{fffd}  региона"));
    assert!(d.text.ends_with("\0 tail \u{fffd}"));
    assert!(
        d.warnings.iter().any(|w| w.contains("replaced")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn decode_as_overrides_declaration() {
    let bytes = fx::get("ru_koi8r_meta.html");
    let d = decode::decode_as(&bytes, "windows-1251").expect("known label");
    assert_eq!(d.encoding, "windows-1251");
    assert!(
        !d.text.contains("Набережная"),
        "read as the chosen encoding, not the declared one"
    );
    assert!(decode::decode_as(&bytes, "no-such-charset").is_none());
}

#[test]
fn decode_reports_how_it_chose() {
    use decode::How;
    assert_eq!(
        decode::decode(&fx::get("ru_utf16le_bom.txt"), None).how,
        How::Bom
    );
    assert_eq!(
        decode::decode(&fx::get("ru_koi8r_meta.html"), None).how,
        How::Declared
    );
    assert_eq!(
        decode::decode(&fx::get("ru_windows1251_undeclared.txt"), None).how,
        How::Detected
    );
    assert_eq!(decode::decode("plain".as_bytes(), None).how, How::Utf8);
    // The caller's declaration wins over detection.
    let d = decode::decode(&fx::get("ru_windows1251_undeclared.txt"), Some("koi8-r"));
    assert_eq!((d.encoding, d.how), ("KOI8-R", How::Declared));
}

// ---- 2. Formats and containers ----

#[test]
fn trafilatura_json_gives_text_and_hints() {
    let d = one("trafilatura.json");
    assert_eq!(d.format, Format::Json);
    assert!(!d.content_is_html);
    assert_eq!(
        d.file, "trafilatura.json",
        "a single object is not numbered"
    );
    assert!(d.text.starts_with("The harbour ferry"));
    assert_eq!(d.hints.title.as_deref(), Some("Ferry every twenty minutes"));
    assert_eq!(d.hints.authors, vec!["Ann Lee", "Bo Chen"]);
    assert_eq!(d.hints.date.as_deref(), Some("2024-06-24"));
    assert_eq!(
        d.hints.url.as_deref(),
        Some("https://harbour.example/news/ferry")
    );
    assert_eq!(d.hints.site.as_deref(), Some("Harbour News"));
    assert_eq!(d.hints.language.as_deref(), Some("en"));
}

#[test]
fn newsplease_json_gives_maintext_and_hints() {
    let d = one("newsplease.json");
    assert!(d.text.contains("городской совет"));
    assert_eq!(d.hints.authors, vec!["Иван Петров", "Мария Соколова"]);
    assert_eq!(d.hints.date.as_deref(), Some("2024-06-24 17:30:00"));
    assert_eq!(d.hints.site.as_deref(), Some("gorod.example"));
    assert_eq!(d.hints.title.as_deref(), Some("Набережную отремонтируют"));
}

#[test]
fn jsonl_with_a_broken_line_keeps_the_good_ones() {
    let docs = read_bytes("crawl.jsonl", &fx::get("crawler.jsonl")).expect("good lines import");
    let files: Vec<&str> = docs.iter().map(|d| d.file.as_str()).collect();
    // Numbered by record position, the broken third record included.
    assert_eq!(files, ["crawl.jsonl#1", "crawl.jsonl#2", "crawl.jsonl#4"]);
    assert!(
        docs.iter()
            .all(|d| d.content_is_html && d.format == Format::Json)
    );
    assert_eq!(docs[1].hints.title.as_deref(), Some("Second"));
    assert_eq!(docs[2].hints.date.as_deref(), Some("2024-06-24"));
    assert!(
        docs[0]
            .warnings
            .iter()
            .any(|w| w.contains("record 3") && w.contains("not valid JSON")),
        "{:?}",
        docs[0].warnings
    );
    assert!(docs[1].warnings.is_empty());
}

#[test]
fn json_array_and_envelope_give_one_document_per_object() {
    for name in ["array.json", "envelope.json"] {
        let docs = read_bytes(name, &fx::get(name)).expect("reads");
        assert_eq!(docs.len(), 2, "{name}");
        assert_eq!(docs[0].file, format!("{name}#1"));
        assert_eq!(docs[1].file, format!("{name}#2"));
        assert_eq!(docs[1].hints.language.as_deref(), Some("ru"));
    }
}

#[test]
fn json_of_the_wrong_shape_is_a_clear_error() {
    let msg = invalid_message("wrong.json", &fx::get("wrong_shape.json"));
    assert!(msg.contains("no content"), "{msg}");
    assert!(
        msg.contains("html") && msg.contains("maintext"),
        "names the fields it wants: {msg}"
    );
    assert!(msg.contains("score"), "names the keys it found: {msg}");
}

#[test]
fn broken_json_is_a_clear_error_but_bracketed_text_is_text() {
    let msg = invalid_message("b.json", b"{\"html\": \"<p>x</p>\",\n  \"title\": }");
    assert!(msg.starts_with("not valid JSON"), "{msg}");
    let d = read_bytes("menu.txt", b"[Menu] [Search]\nA headline\n\nA paragraph.").expect("text");
    assert_eq!(d[0].format, Format::Text);
}

#[test]
fn html_inside_a_content_field_is_html() {
    let json = serde_json::json!({"content": {"rendered": "<p>One.</p>\n<p>Two.</p>"}, "title": {"rendered": "T"}});
    let d = read_bytes("wp.json", json.to_string().as_bytes())
        .expect("reads")
        .remove(0);
    assert!(d.content_is_html);
    assert_eq!(d.hints.title.as_deref(), Some("T"));
}

#[test]
fn format_is_decided_by_content_not_name() {
    let page = fx::page("<meta charset=\"utf-8\">", "Ferry", fx::EN_TEXT);
    let d = read_bytes("page.txt", page.as_bytes())
        .expect("reads")
        .remove(0);
    assert!(d.content_is_html);
    let d = read_bytes("dump.html", fx::EN_TEXT.as_bytes())
        .expect("reads")
        .remove(0);
    assert!(!d.content_is_html);
    let d = read_bytes("data.html", fx::trafilatura_json().as_bytes())
        .expect("reads")
        .remove(0);
    assert_eq!(d.format, Format::Json);
    let d = read_bytes(
        "comment.txt",
        b"<!-- saved -->\n<html><body><p>x</p></body></html>",
    )
    .expect("reads");
    assert!(d[0].content_is_html);
}

// ---- gzip ----

#[test]
fn gzip_is_read_through_by_magic_bytes() {
    let docs = read_bytes("crawl.txt.gz", &fx::get("crawler_jsonl_named.txt.gz")).expect("reads");
    assert_eq!(docs.len(), 3);
    let raw = fx::get("crawler_jsonl_named.txt.gz");
    assert_eq!(
        docs[0].bytes,
        raw.len() as u64,
        "size and hash are of the bytes on disk"
    );
    let d = one("koi8r_page.gz");
    assert_eq!(d.encoding, "KOI8-R");
    assert!(d.text.contains("Набережная"));
    // Twice compressed.
    let d = read_bytes("x", &fx::gzip(&fx::gzip(b"<html><p>twice</p></html>"))).expect("reads");
    assert!(d[0].text.contains("twice"));
}

#[test]
fn truncated_gzip_gives_what_was_readable_with_a_warning() {
    let d = one("truncated.txt.gz");
    assert!(d.text.starts_with("Новости региона"));
    assert!(
        d.warnings.iter().any(|w| w.contains("cut short")),
        "{:?}",
        d.warnings
    );
    // Cut inside the header: nothing readable, a clear error.
    let msg = invalid_message("head.gz", &fx::gzip(b"abc")[..6]);
    assert!(msg.contains("gzip"), "{msg}");
}

#[test]
fn gzip_bomb_is_stopped_by_the_default_limit() {
    // 300 members of 1 MiB of zeros each: a 300 MiB stream from about 300 KB.
    let member = fx::gzip(&vec![0u8; 1 << 20]);
    let bomb: Vec<u8> = member
        .iter()
        .copied()
        .cycle()
        .take(member.len() * 300)
        .collect();
    match read_bytes("bomb.gz", &bomb) {
        Err(InputError::TooLarge { what, limit, .. }) => {
            assert_eq!(limit, input::limits::MAX_DECOMPRESSED_BYTES);
            assert!(what.contains("decompressed"));
        }
        other => panic!("expected TooLarge, got {:?}", other.map(|d| d.len())),
    }
}

#[test]
fn decompressed_limit_is_a_setting() {
    let gz = fx::gzip(fx::EN_TEXT.repeat(100).as_bytes());
    let small = Limits {
        max_decompressed_bytes: 1000,
        ..Limits::default()
    };
    assert!(matches!(
        read_bytes_with("a.gz", &gz, &small),
        Err(InputError::TooLarge { limit: 1000, .. })
    ));
    assert!(read_bytes_with("a.gz", &gz, &Limits::default()).is_ok());
}

// ---- 3. Limits and hostile input ----

#[test]
fn empty_and_blank_files_are_clear_errors() {
    let msg = invalid_message("empty.txt", &fx::get("empty.txt"));
    assert!(msg.contains("empty file"), "{msg}");
    let msg = invalid_message("blank.txt", b" \n\t\r\n ");
    assert!(msg.contains("only blanks"), "{msg}");
    let msg = invalid_message("empty.gz", &fx::gzip(b""));
    assert!(msg.contains("empty file"), "{msg}");
}

#[test]
fn images_and_random_bytes_are_not_text() {
    let msg = invalid_message("image.html", &fx::get("image_named.html"));
    assert_eq!(msg, "not text: looks like PNG image");
    let msg = invalid_message("random.html", &fx::get("random_named.html"));
    assert_eq!(msg, "not text: looks like binary data");
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend(fx::noise(200, 3));
    assert!(invalid_message("doc.html", &pdf).contains("PDF"));
}

#[test]
fn a_few_nul_bytes_do_not_make_text_binary() {
    let mut text = fx::EN_TEXT.as_bytes().to_vec();
    text.insert(5, 0);
    text.insert(50, 0);
    let d = read_bytes("nul.txt", &text)
        .expect("text with NULs is text")
        .remove(0);
    assert_eq!(d.text.matches('\0').count(), 2);
}

#[test]
fn max_documents_is_a_setting_and_says_what_was_skipped() {
    let line = fx::trafilatura_json();
    let jsonl = format!("{line}\n").repeat(5);
    let limits = Limits {
        max_documents: 2,
        ..Limits::default()
    };
    let docs = read_bytes_with("many.jsonl", jsonl.as_bytes(), &limits).expect("reads");
    assert_eq!(docs.len(), 2);
    assert!(
        docs[0]
            .warnings
            .iter()
            .any(|w| w.contains("5 records") && w.contains("first 2")),
        "{:?}",
        docs[0].warnings
    );
    let array = format!("[{}]", vec![line; 5].join(","));
    assert_eq!(
        read_bytes_with("many.json", array.as_bytes(), &limits)
            .expect("reads")
            .len(),
        2
    );
}

#[test]
fn file_size_limit_is_checked_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, fx::EN_TEXT.repeat(10)).expect("write");
    let size = std::fs::metadata(&path).expect("meta").len();
    let limits = Limits {
        max_file_bytes: 100,
        ..Limits::default()
    };
    for res in [
        input::read_file_with(&path, &limits).map(|_| ()),
        input::read_raw(&path, &limits).map(|_| ()),
    ] {
        match res {
            Err(InputError::FileTooLarge {
                path: p,
                size: s,
                limit,
            }) => {
                assert_eq!((s, limit), (size, 100));
                assert!(p.ends_with("big.txt"));
            }
            other => panic!("expected FileTooLarge, got {other:?}"),
        }
    }
    assert!(input::read_file(&path).is_ok());
}

#[test]
fn read_raw_gives_the_bytes_up_to_the_limit_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("exact.txt");
    let bytes = fx::EN_TEXT.as_bytes();
    std::fs::write(&path, bytes).expect("write");
    let at = |n: u64| Limits {
        max_file_bytes: n,
        ..Limits::default()
    };
    let n = bytes.len() as u64;
    assert_eq!(input::read_raw(&path, &at(n)).expect("at the limit"), bytes);
    assert!(matches!(
        input::read_raw(&path, &at(n - 1)),
        Err(InputError::FileTooLarge { .. })
    ));
}

#[test]
fn a_huge_sparse_file_is_refused_without_reading_it() {
    // 3 GiB that take no disk space: reading them would take 3 GiB of memory (and a while).
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.jsonl");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(3 << 30).expect("sparse");
    drop(f);
    let e = input::read_raw(&path, &Limits::default()).expect_err("too large");
    assert!(
        matches!(e, InputError::FileTooLarge { size, .. } if size == 3 << 30),
        "{e}"
    );
    assert!(e.to_string().contains("it was not read"), "{e}");
}

#[test]
fn gzip_bomb_stops_at_a_small_limit_and_nested_gzip_too() {
    // 8 MiB of zeros deflate to about 8 KB; two layers of gzip keep it smaller still.
    let zeros = vec![0u8; 8 << 20];
    let once = fx::gzip(&zeros);
    let twice = fx::gzip(&once);
    assert!(once.len() < 64 << 10 && twice.len() < once.len());
    let small = Limits {
        max_decompressed_bytes: 1 << 20,
        ..Limits::default()
    };
    for (name, bytes) in [("once.gz", &once), ("twice.gz", &twice)] {
        match read_bytes_with(name, bytes, &small) {
            Err(InputError::TooLarge { what, limit, .. }) => {
                assert_eq!(limit, 1 << 20, "{name}");
                assert!(what.contains("decompressed"), "{name}: {what}");
            }
            other => panic!(
                "{name}: expected TooLarge, got {:?}",
                other.map(|d| d.len())
            ),
        }
    }
}

#[test]
fn unreadable_paths_are_io_errors_naming_the_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.html");
    let is_io_for = |r: Result<Vec<Document>, InputError>, want: &std::path::Path| match r {
        Err(e @ InputError::Io { .. }) => {
            let InputError::Io { path, .. } = &e else {
                unreachable!()
            };
            assert_eq!(path, &want.display().to_string());
            assert!(e.to_string().contains(&want.display().to_string()));
        }
        other => panic!("expected Io for {}, got {other:?}", want.display()),
    };
    is_io_for(input::read_file(&missing), &missing);
    // A folder is not a file.
    is_io_for(input::read_file(dir.path()), dir.path());
    // A symlink loop.
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::os::unix::fs::symlink(&b, &a).expect("symlink");
    std::os::unix::fs::symlink(&a, &b).expect("symlink");
    is_io_for(input::read_file(&a), &a);
}

#[test]
fn named_pipes_and_devices_are_refused_without_blocking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.html");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo is available");
    for path in [fifo.as_path(), std::path::Path::new("/dev/zero")] {
        match input::read_file(path) {
            Err(InputError::Invalid { message, .. }) => {
                assert!(message.contains("not a regular file"))
            }
            other => panic!("{}: expected Invalid, got {other:?}", path.display()),
        }
    }
}

#[test]
fn permission_denied_is_an_io_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("locked.txt");
    std::fs::write(&path, "words").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::File::open(&path).is_ok() {
        // Running as root: permissions do not bind, so there is nothing to observe here.
        eprintln!("permission_denied_is_an_io_error: root ignores file modes; skipped");
        return;
    }
    match input::read_file(&path) {
        Err(InputError::Io { path: p, source }) => {
            assert_eq!(source.kind(), std::io::ErrorKind::PermissionDenied);
            assert_eq!(p, path.display().to_string());
        }
        other => panic!("expected Io, got {other:?}"),
    }
}

#[test]
fn seventy_megabyte_text_and_a_thirty_megabyte_line_read_whole() {
    let para = format!("{}\n\n", fx::EN_TEXT);
    let big = para.repeat(70 * 1024 * 1024 / para.len() + 1);
    let d = read_bytes("big.txt", big.as_bytes())
        .expect("reads")
        .remove(0);
    assert_eq!(d.text.len(), big.len());
    assert!(!d.content_is_html);
    let line = "word ".repeat(6 * 1024 * 1024);
    let d = read_bytes("line.txt", line.as_bytes())
        .expect("reads")
        .remove(0);
    assert_eq!(d.text.len(), 30 * 1024 * 1024);
}

/// Writes the fixtures to `tests/fixtures/input/` (the fuzz seed corpus and files to try by hand).
#[test]
#[ignore]
fn write_fixture_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/input");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (name, bytes) in fx::all() {
        std::fs::write(dir.join(name), bytes).expect("write");
    }
}

#[test]
fn fixture_files_match_the_generator() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/input");
    for (name, bytes) in fx::all() {
        let on_disk = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            on_disk, bytes,
            "{name}: regenerate with --ignored write_fixture_files"
        );
    }
}

// ---- MHTML ----

/// An MHTML file as Chrome saves one: the page quoted-printable in windows-1252 (a soft line break inside a
/// word, `=3D` in attributes), an image part in base64, the URL in Snapshot-Content-Location.
fn mhtml_chrome() -> Vec<u8> {
    let mut page = String::from(
        "<!DOCTYPE html><html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3Dwindo=\r\nws-1252\">\
<title>Harbour town opens a floating library</title></head><body><article><h1>Harbour town opens a floating library</h1>\
<p>The library barge left on Tuesday mornin=\r\ng with four thousand books and a caf=E9 on its upper deck.</p>\
<p>It will call at six villages along the coast before the autumn storms arrive, its crew says.</p></article></body></html>",
    );
    page.push_str("\r\n");
    format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://gazette.example/library?utm_source=x\r\n\
Subject: Harbour town opens a floating library\r\nDate: Wed, 12 Mar 2025 10:15:00 +0100\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n\
------MultipartBoundary--abc----\r\nContent-Type: text/html; charset=windows-1252\r\nContent-ID: <frame-1@mhtml.blink>\r\n\
Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://gazette.example/library\r\n\r\n{page}\
------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\
Content-Location: https://gazette.example/logo.png\r\n\r\niVBORw0KGgoAAAANSUhEUg==\r\n\
------MultipartBoundary--abc------\r\n"
    )
    .into_bytes()
}

#[test]
fn mhtml_page_is_decoded_with_its_url() {
    let docs = read_bytes("saved.mhtml", &mhtml_chrome()).unwrap();
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert!(d.content_is_html);
    assert_eq!(d.encoding, "windows-1252");
    assert!(d.text.contains("Tuesday morning with"), "{}", d.text);
    assert!(d.text.contains("a café on"), "{}", d.text);
    assert!(!d.text.contains("=\r\n") && !d.text.contains("iVBOR"));
    assert_eq!(
        d.hints.url.as_deref(),
        Some("https://gazette.example/library")
    );
    assert_eq!(
        d.source_data["mhtml"]["saved"],
        "Wed, 12 Mar 2025 10:15:00 +0100"
    );
    let ex = sift::extract::extract(d);
    assert_eq!(
        ex.fields.url.as_deref(),
        Some("https://gazette.example/library")
    );
    assert!(
        ex.fields.body.contains("morning with four thousand books"),
        "{}",
        ex.fields.body
    );
}

#[test]
fn mhtml_in_base64_and_without_a_page() {
    // An old Internet Explorer .mht: the page in base64 (UTF-8), only the snapshot location.
    let html = "<html><head><title>Budget</title></head><body><p>Городской совет утвердил бюджет.</p></body></html>";
    let b64 = {
        // A tiny encoder for the fixture.
        const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::new();
        for c in html.as_bytes().chunks(3) {
            let n = (u32::from(c[0]) << 16)
                | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
                | u32::from(*c.get(2).unwrap_or(&0));
            for k in 0..4 {
                if k <= c.len() {
                    s.push(T[((n >> (18 - 6 * k)) & 63) as usize] as char);
                } else {
                    s.push('=');
                }
            }
            if s.len().is_multiple_of(76) {
                s.push_str("\r\n");
            }
        }
        s
    };
    let mht = format!(
        "MIME-Version: 1.0\r\nSnapshot-Content-Location: https://vesti.example/budget\r\n\
Content-Type: multipart/related; boundary=\"=_NextPart_01\"\r\n\r\nThis is a multi-part message.\r\n\r\n\
--=_NextPart_01\r\nContent-Location: file:///C:/page.htm\r\nContent-Transfer-Encoding: base64\r\n\
Content-Type: text/html; charset=\"utf-8\"\r\n\r\n{b64}\r\n--=_NextPart_01--\r\n"
    );
    let d = &read_bytes("old.mht", mht.as_bytes()).unwrap()[0];
    assert!(d.text.contains("Городской совет"), "{}", d.text);
    assert_eq!(d.hints.url.as_deref(), Some("https://vesti.example/budget"));

    let no_page = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n\
Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
    let msg = invalid_message("img.mhtml", no_page.as_bytes());
    assert!(msg.contains("no HTML part"), "{msg}");
}

// ---- Scraper JSON dialects ----

fn record_of(name: &str, json: serde_json::Value) -> (Document, sift::record::Record) {
    let docs =
        read_bytes(name, json.to_string().as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(docs.len(), 1);
    let d = docs.into_iter().next().unwrap();
    let ex = sift::extract::extract(&d);
    let rec = sift::extract::to_record(&d, &ex, "2025-03-12T10:15:00+00:00");
    (d, rec)
}

#[test]
fn trafilatura_json_gives_url_site_excerpt_tags_and_categories() {
    let (d, rec) = record_of(
        "traf.json",
        serde_json::json!({
            "title": "Ferry every twenty minutes",
            "author": "Ann Lee; Bo Chen",
            "hostname": "harbour.example",
            "source": "https://harbour.example/news/ferry",
            "source-hostname": "Harbour News",
            "date": "2024-06-24",
            "excerpt": "The council doubles the summer timetable.",
            "categories": "Transport;Local",
            "tags": "ferries; timetables",
            "fingerprint": "c0ffee",
            "id": "7",
            "language": "en",
            "text": fx::EN_TEXT,
        }),
    );
    assert_eq!(
        rec.url.as_deref(),
        Some("https://harbour.example/news/ferry")
    );
    assert_eq!(rec.site.as_deref(), Some("Harbour News"));
    assert_eq!(
        rec.subtitle.as_deref(),
        Some("The council doubles the summer timetable.")
    );
    assert_eq!(rec.section.as_deref(), Some("Transport"));
    assert_eq!(rec.keywords, ["ferries", "timetables"]);
    assert_eq!(rec.authors, ["Ann Lee", "Bo Chen"]);
    // Keys Sift does not read are kept in the record's source.
    assert_eq!(d.source_data["json"]["fingerprint"], "c0ffee");
    assert_eq!(rec.source.extra["json"]["id"], "7");
    assert!(rec.source.extra["json"].get("text").is_none());
}

#[test]
fn newsplease_json_gives_description_modified_and_keywords() {
    let (_, rec) = record_of(
        "np.json",
        serde_json::json!({
            "authors": ["Иван Петров"],
            "date_download": "2024-06-25 08:00:00",
            "date_modify": "2024-06-25 09:10:00",
            "date_publish": "2024-06-24 17:30:00",
            "description": "План ремонта набережной",
            "keywords": ["набережная", "ремонт"],
            "language": "ru",
            "maintext": fx::RU_TEXT,
            "source_domain": "gorod.example",
            "title": "Набережную отремонтируют",
            "url": "https://gorod.example/news/1",
            "localpath": null,
        }),
    );
    assert_eq!(rec.subtitle.as_deref(), Some("План ремонта набережной"));
    assert_eq!(rec.modified.as_deref(), Some("2024-06-25 09:10:00"));
    assert_eq!(rec.keywords, ["набережная", "ремонт"]);
    assert_eq!(
        rec.source.extra["json"]["date_download"],
        "2024-06-25 08:00:00"
    );
    assert!(rec.source.extra["json"]["localpath"].is_null());
}

#[test]
fn newspaper4k_scrapy_and_readability_records() {
    let (_, rec) = record_of(
        "n4k.json",
        serde_json::json!({
            "url": "https://harbour.example/news/ferry",
            "source_url": "https://harbour.example",
            "title": "Ferry every twenty minutes",
            "authors": ["Ann Lee"],
            "publish_date": "2024-06-24T08:00:00+02:00",
            "text": fx::EN_TEXT,
            "keywords": ["ferry", "council"],
            "meta_keywords": ["transport"],
            "meta_description": "More ferries this summer.",
            "meta_lang": "en",
            "meta_site_name": "Harbour News",
            "top_image": "https://harbour.example/ferry.jpg",
        }),
    );
    assert_eq!(
        rec.url.as_deref(),
        Some("https://harbour.example/news/ferry")
    );
    assert_eq!(rec.site.as_deref(), Some("Harbour News"));
    assert_eq!(rec.keywords, ["ferry", "council", "transport"]);
    assert_eq!(rec.subtitle.as_deref(), Some("More ferries this summer."));
    assert_eq!(
        rec.source.extra["json"]["top_image"],
        "https://harbour.example/ferry.jpg"
    );

    // A Scrapy item with common field names; a javascript: link is no url.
    let (_, rec) = record_of(
        "items.json",
        serde_json::json!({
            "link": "javascript:alert(1)",
            "uri": "https://harbour.example/news/ferry",
            "headline": "Ferry every twenty minutes",
            "body": fx::EN_TEXT,
            "category": ["Transport"],
            "pubDate": "2024-06-24",
            "spider": "harbour",
        }),
    );
    assert_eq!(
        rec.url.as_deref(),
        Some("https://harbour.example/news/ferry")
    );
    assert_eq!(rec.section.as_deref(), Some("Transport"));
    assert_eq!(rec.source.extra["json"]["spider"], "harbour");

    // readability.js: content is HTML, textContent its text.
    let html = format!(
        "<div id=\"readability-page-1\"><p>{}</p></div>",
        fx::EN_TEXT.replace("\n\n", "</p><p>")
    );
    let (d, rec) = record_of(
        "readability.json",
        serde_json::json!({
            "title": "Ferry every twenty minutes",
            "byline": "By Ann Lee",
            "dir": "ltr",
            "lang": "en",
            "content": html,
            "textContent": fx::EN_TEXT,
            "length": 1234,
            "excerpt": "More ferries this summer.",
            "siteName": "Harbour News",
            "publishedTime": "2024-06-24T08:00:00Z",
        }),
    );
    assert!(d.content_is_html);
    assert_eq!(rec.site.as_deref(), Some("Harbour News"));
    assert_eq!(rec.published.as_deref(), Some("2024-06-24T08:00:00Z"));
    assert_eq!(rec.subtitle.as_deref(), Some("More ferries this summer."));
    assert_eq!(rec.source.extra["json"]["length"], 1234);
    assert!(!rec.authors.is_empty());
}

#[test]
fn records_without_a_known_field_name_the_fields_they_have() {
    let jsonl = "{\"headline_x\": \"a\", \"payload\": \"b\"}\n{\"payload\": \"c\", \"ts\": 1}\n";
    let msg = invalid_message("odd.jsonl", jsonl.as_bytes());
    assert!(msg.contains("headline_x, payload, ts"), "{msg}");
    assert!(msg.contains("none of the 2 record(s)"), "{msg}");
}
