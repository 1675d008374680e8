//! The archive folder end to end through its library API: layout, import dedup, save with history, atomic
//! writes under injected failures, the lock, unknown fields, hostile ids, trash, hand-broken records.

use serde_json::Value;
use sift::archive::atomic::{DiskWriter, Writer};
use sift::archive::{Archive, ArchiveError, Imported};
use sift::record::Status;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/archive/mixed")
        .join(name)
}

/// Imports every document of a fixture file; returns what happened to each.
fn import(a: &Archive, name: &str) -> Vec<Imported> {
    let path = fixture(name);
    let bytes = fs::read(&path).unwrap();
    let docs = sift::input::read_bytes(&path.display().to_string(), &bytes).unwrap();
    docs.iter()
        .map(|d| a.import(d, &sift::extract::extract(d), &bytes).unwrap())
        .collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = match fs::read_dir(dir) {
        Ok(rd) => rd
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => vec![],
    };
    v.sort();
    v
}

#[test]
fn a_new_archive_has_its_layout_and_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("new-archive");
    let a = Archive::open(&root).unwrap();
    assert_eq!(a.root(), root);
    let m: Value =
        serde_json::from_slice(&fs::read(root.join("sift-archive.json")).unwrap()).unwrap();
    assert_eq!(m["format"], "sift-archive");
    assert_eq!(m["format_version"], 1);
    for d in ["records", "raw", "history", "trash"] {
        assert!(root.join(d).is_dir(), "{d} missing");
    }
    assert!(a.check().unwrap().is_empty());
}

#[test]
fn a_folder_with_other_files_is_not_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("thesis.docx"), "mine").unwrap();
    let err = Archive::open(dir.path()).unwrap_err();
    assert!(matches!(err, ArchiveError::NotAnArchive { .. }), "{err}");
    assert_eq!(files_in(dir.path()), ["thesis.docx"]);
}

#[test]
fn a_newer_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(Archive::open(dir.path()).unwrap());
    let p = dir.path().join("sift-archive.json");
    let mut m: Value = serde_json::from_slice(&fs::read(&p).unwrap()).unwrap();
    m["format_version"] = 99.into();
    fs::write(&p, m.to_string()).unwrap();
    let err = Archive::open(dir.path()).unwrap_err();
    assert!(
        matches!(err, ArchiveError::TooNew { found: 99, .. }),
        "{err}"
    );
}

#[test]
fn same_bytes_imported_twice_make_one_record_and_one_raw_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let first = import(&a, "en-harbour-library.txt");
    assert!(matches!(&first[..], [Imported::New(_)]), "{first:?}");
    let second = import(&a, "en-harbour-library.txt");
    assert_eq!(second, vec![Imported::Present(first[0].id().to_string())]);
    assert_eq!(a.ids().unwrap().len(), 1);
    let raw = files_in(&dir.path().join("raw"));
    assert_eq!(raw.len(), 1);
    assert!(raw[0].ends_with(".txt"), "{raw:?}");
    let rec = a.load(first[0].id()).unwrap();
    assert_eq!(rec.status, Status::Draft);
    assert_eq!(
        a.raw_bytes(&rec).unwrap(),
        fs::read(fixture("en-harbour-library.txt")).unwrap()
    );
    assert!(a.check().unwrap().is_empty());
}

#[test]
fn records_are_pretty_utf8_in_schema_order() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let id = import(&a, "ru-telephone-museum.txt")[0].id().to_string();
    let text = fs::read_to_string(dir.path().join("records").join(format!("{id}.json"))).unwrap();
    assert!(
        text.starts_with("{\n  \"schema_version\": 1,\n  \"id\": "),
        "{text}"
    );
    // Cyrillic is written as UTF-8, not escaped.
    assert!(text.contains("Озёрск"), "{text}");
    let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, Value>>(&text)
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let pos = |k: &str| keys.iter().position(|x| x == k).unwrap();
    assert!(
        pos("id") < pos("status") && pos("status") < pos("title") && pos("body") < pos("source")
    );
    let rec = a.load(&id).unwrap();
    assert_eq!(rec.source.encoding, "windows-1251");
}

#[test]
fn save_keeps_the_replaced_version_in_history() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let id = import(&a, "en-harbour-library.txt")[0].id().to_string();
    let original = fs::read(a.record_path(&id).unwrap()).unwrap();
    let mut rec = a.load(&id).unwrap();
    a.save(&rec).unwrap();
    assert!(
        a.history(&id).unwrap().is_empty(),
        "an unchanged save made history"
    );
    rec.title = Some("A corrected title".into());
    rec.status = Status::Curated;
    rec.refresh_edited();
    a.save(&rec).unwrap();
    let hist = a.history(&id).unwrap();
    assert_eq!(hist.len(), 1);
    assert_eq!(fs::read(&hist[0]).unwrap(), original);
    rec.notes = Some("checked against the print edition".into());
    a.save(&rec).unwrap();
    assert_eq!(a.history(&id).unwrap().len(), 2);
    let back = a.load(&id).unwrap();
    assert_eq!(back, rec);
    assert_eq!(back.edited, ["title"]);
    assert!(a.check().unwrap().is_empty());
}

/// Writes normally until told to fail; then, for files over 50 kB (the new version, not the history copy of
/// the old one, so the failure hits the record's own write), writes half the bytes and fails like a full disk.
#[derive(Debug, Default)]
struct Flaky {
    fail: AtomicBool,
}

impl Writer for Flaky {
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.fail.load(Ordering::SeqCst) && bytes.len() > 50_000 {
            file.write_all(&bytes[..bytes.len() / 2])?;
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device",
            ));
        }
        DiskWriter.write(file, bytes)
    }
}

#[test]
fn a_failed_write_leaves_the_old_record_intact() {
    let dir = tempfile::tempdir().unwrap();
    let flaky = Arc::new(Flaky::default());
    let a = Archive::open_with(dir.path(), flaky.clone()).unwrap();
    let id = import(&a, "de-solar-bakery.html")[0].id().to_string();
    let path = a.record_path(&id).unwrap();
    let before = fs::read(&path).unwrap();
    let mut rec = a.load(&id).unwrap();
    rec.body = "x".repeat(100_000);
    flaky.fail.store(true, Ordering::SeqCst);
    let err = a.save(&rec).unwrap_err();
    assert!(err.to_string().contains("no space left"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before, "the old record changed");
    // No temp file is left behind, and the archive is sound.
    let leftovers: Vec<String> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("sift-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(a.check().unwrap().is_empty(), "{:?}", a.check().unwrap());
    // The failure hit the record's own write: the old version was kept in history first.
    assert_eq!(fs::read(&a.history(&id).unwrap()[0]).unwrap(), before);
    // An import that cannot write fails as clearly and adds nothing.
    let before_ids = a.ids().unwrap();
    let path = fixture("ja-station-library.html");
    let bytes = fs::read(&path).unwrap();
    let doc = &sift::input::read_bytes("ja-station-library.html", &bytes).unwrap()[0];
    let mut ex = sift::extract::extract(doc);
    ex.fields.body = "y".repeat(60_000);
    assert!(a.import(doc, &ex, &bytes).is_err());
    assert_eq!(a.ids().unwrap(), before_ids);
    // Once the disk has room again, the save goes through.
    flaky.fail.store(false, Ordering::SeqCst);
    a.save(&rec).unwrap();
    assert_eq!(a.load(&id).unwrap().body.len(), 100_000);
}

#[test]
fn a_second_writer_is_refused_until_the_first_closes() {
    let dir = tempfile::tempdir().unwrap();
    let first = Archive::open(dir.path()).unwrap();
    let err = Archive::open(dir.path()).unwrap_err();
    assert!(matches!(err, ArchiveError::Locked { .. }), "{err}");
    assert!(err.to_string().contains("in use by another Sift"), "{err}");
    // Readers are welcome meanwhile, and cannot write.
    let reader = Archive::open_read_only(dir.path()).unwrap();
    assert!(reader.list().unwrap().is_empty());
    assert!(matches!(reader.trash("x"), Err(ArchiveError::ReadOnly)));
    drop(first);
    Archive::open(dir.path()).unwrap();
}

#[test]
fn unknown_fields_survive_load_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let id = import(&a, "en-harbour-library.txt")[0].id().to_string();
    let path = a.record_path(&id).unwrap();
    let mut v: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    v["reviewer"] = "a later Sift's field".into();
    v["source"]["mirror"] = serde_json::json!({"url": "https://mirror.example/x"});
    v["extraction"]["model"] = "v9".into();
    fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let mut rec = a.load(&id).unwrap();
    rec.tags = vec!["coast".into()];
    a.save(&rec).unwrap();
    let saved: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["reviewer"], "a later Sift's field");
    assert_eq!(saved["source"]["mirror"]["url"], "https://mirror.example/x");
    assert_eq!(saved["extraction"]["model"], "v9");
    assert_eq!(saved["tags"][0], "coast");
}

#[test]
fn no_field_value_can_steer_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("a");
    let a = Archive::open(&root).unwrap();
    // A title made to climb out still gives a plain id.
    let bytes = b"menu\n../../../tmp/x\n\nA body line long enough to be kept as the article body text here.\n";
    let doc = &sift::input::read_bytes("../../../tmp/x.txt", bytes).unwrap()[0];
    let mut ex = sift::extract::extract(doc);
    ex.fields.title = Some("../../../tmp/x".into());
    let id = a.import(doc, &ex, bytes).unwrap().id().to_string();
    assert!(sift::archive::id::is_valid_id(&id), "{id}");
    assert!(
        a.record_path(&id)
            .unwrap()
            .starts_with(root.join("records"))
    );
    // Ids and hashes edited to climb out are refused before any path is made.
    let mut rec = a.load(&id).unwrap();
    for bad in ["../../../tmp/x", "/etc/passwd", "a/../../b", ""] {
        rec.id = bad.into();
        assert!(
            matches!(a.save(&rec), Err(ArchiveError::BadId { .. })),
            "{bad}"
        );
        assert!(
            matches!(a.load(bad), Err(ArchiveError::BadId { .. })),
            "{bad}"
        );
        assert!(
            matches!(a.trash(bad), Err(ArchiveError::BadId { .. })),
            "{bad}"
        );
    }
    let mut rec = a.load(&id).unwrap();
    rec.source.sha256 = "../../../../etc/passwd".into();
    assert!(matches!(
        a.raw_bytes(&rec),
        Err(ArchiveError::BadHash { .. })
    ));
    rec.url = Some("file:///etc/passwd".into());
    a.save(&rec).unwrap();
    // Nothing was written outside the archive, and check reports the bad hash.
    assert_eq!(files_in(dir.path()), ["a"]);
    let problems = a.check().unwrap();
    assert!(
        problems.iter().any(|p| p.message.contains("not a SHA-256")),
        "{problems:?}"
    );
}

#[test]
fn trash_and_restore_undo_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let id = import(&a, "ja-station-library.html")[0].id().to_string();
    a.trash(&id).unwrap();
    assert!(a.ids().unwrap().is_empty());
    assert_eq!(a.trashed().unwrap(), vec![id.clone()]);
    // Importing the trashed source again does not make a second record.
    assert_eq!(
        import(&a, "ja-station-library.html"),
        [Imported::Trashed(id.clone())]
    );
    a.restore(&id).unwrap();
    assert_eq!(a.ids().unwrap(), vec![id.clone()]);
    assert!(a.trashed().unwrap().is_empty());
    assert!(matches!(a.restore(&id), Err(ArchiveError::NotFound { .. })));
    assert!(a.check().unwrap().is_empty());
}

#[test]
fn a_record_broken_by_hand_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let id = import(&a, "en-harbour-library.txt")[0].id().to_string();
    let good = a.load(&id).unwrap();
    let path = a.record_path(&id).unwrap();
    let broken = b"{\"schema_version\": 1, \"id\": \"oops\", \"title\": \"half-edited";
    fs::write(&path, broken).unwrap();
    let problems = a.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.contains("not a valid record"),
        "{}",
        problems[0]
    );
    assert!(problems[0].path.ends_with(format!("{id}.json")));
    assert!(a.list().unwrap()[0].broken.is_some());
    assert!(matches!(a.save(&good), Err(ArchiveError::BadRecord { .. })));
    assert_eq!(
        import(&a, "en-harbour-library.txt"),
        [Imported::Present(id.clone())]
    );
    assert_eq!(fs::read(&path).unwrap(), broken);
}

#[test]
fn check_finds_damaged_raw_files_and_stray_temps() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    import(&a, "en-harbour-library.txt");
    drop(a);
    let raw_dir = dir.path().join("raw");
    let raw = raw_dir.join(&files_in(&raw_dir)[0]);
    fs::write(&raw, "changed after import").unwrap();
    // What a writer killed in the middle of a write leaves: a temp file, and a lock file that never said
    // `closed`.
    fs::write(dir.path().join("records/.x.json.1.2.sift-tmp"), "{").unwrap();
    fs::write(dir.path().join("sift-archive.lock"), "pid 1").unwrap();
    let r = Archive::open_read_only(dir.path()).unwrap();
    let problems: Vec<String> = r.check().unwrap().iter().map(|p| p.to_string()).collect();
    assert!(
        problems.iter().any(|p| p.contains("do not match the hash")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("damaged")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("stray temp file")),
        "{problems:?}"
    );
    // Opening for writing clears the leftover temp file (the raw damage stays reported).
    drop(Archive::open(dir.path()).unwrap());
    let problems: Vec<String> = r.check().unwrap().iter().map(|p| p.to_string()).collect();
    assert!(
        !problems.iter().any(|p| p.contains("stray temp file")),
        "{problems:?}"
    );
}

#[test]
fn default_dir_follows_sift_archive() {
    // The only test touching the variable, so no other test sees it change.
    // SAFETY: tests in this file do not read the environment concurrently except through this test.
    unsafe { std::env::set_var("SIFT_ARCHIVE", "/srv/curation") };
    assert_eq!(Archive::default_dir(), Some(PathBuf::from("/srv/curation")));
    unsafe { std::env::remove_var("SIFT_ARCHIVE") };
    let d = Archive::default_dir().unwrap();
    assert!(d.ends_with("archive"), "{}", d.display());
}

#[test]
fn save_with_raw_keeps_a_queue_record_once() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let path = fixture("ru-telephone-museum.txt");
    let bytes = fs::read(&path).unwrap();
    let doc = &sift::input::read_bytes("ru-telephone-museum.txt", &bytes).unwrap()[0];
    let mut rec = sift::extract::to_record(
        doc,
        &sift::extract::extract(doc),
        "2025-04-03T12:00:00+03:00",
    );
    assert!(matches!(
        a.save_with_raw(&rec, b"other bytes"),
        Err(ArchiveError::HashMismatch { .. })
    ));
    rec.status = Status::Curated;
    a.save_with_raw(&rec, &bytes).unwrap();
    assert_eq!(a.load(&rec.id).unwrap(), rec);
    assert_eq!(a.raw_bytes(&rec).unwrap(), bytes);
    // The same source under another id is refused, and importing it finds the saved record.
    let mut twin = rec.clone();
    twin.id = "another-id-00000000".into();
    assert!(matches!(
        a.save_with_raw(&twin, &bytes),
        Err(ArchiveError::Exists { .. })
    ));
    assert_eq!(
        a.import(doc, &sift::extract::extract(doc), &bytes).unwrap(),
        Imported::Present(rec.id.clone())
    );
    assert!(a.check().unwrap().is_empty());
}

#[test]
fn each_record_of_a_multi_record_file_is_kept_once() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let bytes = fs::read(fixture("crawl.jsonl")).unwrap();
    let base = &sift::input::read_bytes("crawl.jsonl", &bytes).unwrap()[0];
    // The documents a JSON Lines reader gives: one per line, `#N` after the file name.
    let docs: Vec<sift::input::Document> = (1..=2)
        .map(|n| sift::input::Document {
            file: format!("feeds/crawl.jsonl#{n}"),
            position: Some(n),
            text: format!(
                "Line {n}: a short article body written for this test, long enough to keep."
            ),
            ..base.clone()
        })
        .collect();
    let first: Vec<Imported> = docs
        .iter()
        .map(|d| a.import(d, &sift::extract::extract(d), &bytes).unwrap())
        .collect();
    // Both are new records; the second shares the first's URL (the lines are clones), so it is marked as its
    // duplicate.
    assert!(
        first
            .iter()
            .all(|i| matches!(i, Imported::New(_) | Imported::Duplicate { .. })),
        "{first:?}"
    );
    assert_ne!(first[0].id(), first[1].id());
    assert_eq!(files_in(&dir.path().join("raw")).len(), 1);
    let again: Vec<Imported> = docs
        .iter()
        .map(|d| a.import(d, &sift::extract::extract(d), &bytes).unwrap())
        .collect();
    assert_eq!(
        again,
        vec![
            Imported::Present(first[0].id().into()),
            Imported::Present(first[1].id().into())
        ]
    );
    assert!(files_in(&dir.path().join("raw"))[0].ends_with(".jsonl"));
    assert!(a.check().unwrap().is_empty());
}

#[test]
fn an_archive_whose_creation_was_cut_short_opens() {
    // What a kill between taking the lock and writing the manifest leaves behind.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("sift-archive.lock"), "pid 1").unwrap();
    fs::create_dir(dir.path().join("records")).unwrap();
    fs::write(dir.path().join(".sift-archive.json.1.0.sift-tmp"), "{").unwrap();
    let a = Archive::open(dir.path()).unwrap();
    assert!(dir.path().join("sift-archive.json").exists());
    assert!(a.check().unwrap().is_empty());
    drop(a);
    // A records folder with something in it is someone's data: not taken over.
    let other = tempfile::tempdir().unwrap();
    fs::create_dir(other.path().join("records")).unwrap();
    fs::write(other.path().join("records/mine.json"), "{}").unwrap();
    assert!(matches!(
        Archive::open(other.path()),
        Err(ArchiveError::NotAnArchive { .. })
    ));
}

/// A raw file that no record, trashed record or history version refers to is reported as an orphan, saying
/// nothing is lost; one a trashed record or a history version refers to is not.
#[test]
fn check_reports_orphan_raw_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let kept = import(&a, "en-harbour-library.txt")[0].id().to_string();
    let trashed = import(&a, "ja-station-library.html")[0].id().to_string();
    let gone = import(&a, "de-solar-bakery.html")[0].id().to_string();
    a.trash(&trashed).unwrap();
    // A history version of `kept`, then its record removed by hand: its raw file is still referenced.
    let mut rec = a.load(&kept).unwrap();
    rec.notes = Some("seen".into());
    a.save(&rec).unwrap();
    fs::remove_file(a.record_path(&kept).unwrap()).unwrap();
    let gone_sha = a.load(&gone).unwrap().source.sha256;
    fs::remove_file(a.record_path(&gone).unwrap()).unwrap();
    let problems = a.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert!(p.path.starts_with("raw"), "{p}");
    assert!(
        p.path.to_string_lossy().contains(&gone_sha),
        "{p} is not the raw of {gone}"
    );
    assert!(p.message.contains("orphan raw file"), "{p}");
    assert!(p.message.contains("Nothing is lost"), "{p}");
    // The same seen by a reader while no one writes.
    drop(a);
    let r = Archive::open_read_only(dir.path()).unwrap();
    assert_eq!(r.check().unwrap(), problems);
}

/// A record file that is a symbolic link (here, to a record outside the archive) is reported by check, and
/// loading or saving it is refused rather than following the link.
#[cfg(unix)]
#[test]
fn a_symlinked_record_file_is_refused_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("a");
    let a = Archive::open(&root).unwrap();
    let id = import(&a, "en-harbour-library.txt")[0].id().to_string();
    let path = a.record_path(&id).unwrap();
    let outside = dir.path().join("outside.json");
    fs::rename(&path, &outside).unwrap();
    std::os::unix::fs::symlink(&outside, &path).unwrap();
    let err = a.load(&id).unwrap_err();
    assert!(matches!(err, ArchiveError::Symlink { .. }), "{err}");
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert!(a.list().unwrap()[0].broken.is_some());
    let rec: sift::record::Record = serde_json::from_slice(&fs::read(&outside).unwrap()).unwrap();
    assert!(matches!(a.save(&rec), Err(ArchiveError::Symlink { .. })));
    let problems = a.check().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with(format!("{id}.json")) && p.message.contains("symbolic link")),
        "{problems:?}"
    );
    // The file outside is untouched, and the link is still a link.
    assert!(
        fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        serde_json::from_slice::<sift::record::Record>(&fs::read(&outside).unwrap()).unwrap(),
        rec
    );
}

/// Imports every document of the file at `path`, named as given.
fn import_path(a: &Archive, path: &Path) -> Vec<Imported> {
    let bytes = fs::read(path).unwrap();
    let docs = sift::input::read_bytes(&path.display().to_string(), &bytes).unwrap();
    docs.iter()
        .map(|d| a.import(d, &sift::extract::extract(d), &bytes).unwrap())
        .collect()
}

/// A file whose real name ends in `#N` is not the N-th document of a multi-document file: the same bytes
/// under both names, at the same place, are one source and make one record.
#[test]
fn a_name_ending_in_hash_n_is_the_same_source() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path().join("a")).unwrap();
    let page = fs::read(fixture("de-solar-bakery.html")).unwrap();
    let plain = dir.path().join("page.html");
    let hashed = dir.path().join("page.html#2");
    fs::write(&plain, &page).unwrap();
    fs::write(&hashed, &page).unwrap();
    let first = import_path(&a, &plain);
    assert!(matches!(first[..], [Imported::New(_)]), "{first:?}");
    let id = first[0].id().to_string();
    assert_eq!(import_path(&a, &hashed), [Imported::Present(id.clone())]);
    // And the other way round, in a fresh archive.
    let b = Archive::open(dir.path().join("b")).unwrap();
    let again = import_path(&b, &hashed);
    assert_eq!(again.len(), 1);
    assert_eq!(
        import_path(&b, &plain),
        [Imported::Present(again[0].id().into())]
    );
    assert_eq!(b.ids().unwrap().len(), 1);
    assert_eq!(b.load(again[0].id()).unwrap().source.document, Some(0));

    // A JSON Lines dump: its N-th line is the same source whatever the file is called.
    let jsonl = dir.path().join("dump.jsonl");
    let jsonl_hashed = dir.path().join("dump.jsonl#1");
    fs::copy(fixture("crawl.jsonl"), &jsonl).unwrap();
    fs::copy(fixture("crawl.jsonl"), &jsonl_hashed).unwrap();
    let lines = import_path(&a, &jsonl);
    assert!(lines.len() > 1, "{lines:?}");
    let present: Vec<Imported> = lines
        .iter()
        .map(|i| Imported::Present(i.id().to_string()))
        .collect();
    assert_eq!(import_path(&a, &jsonl_hashed), present);
    let rec = a.load(lines[1].id()).unwrap();
    assert_eq!(rec.source.document, Some(2));
    assert!(a.check().unwrap().is_empty(), "{:?}", a.check().unwrap());
}

/// A raw file changed or removed after import: reading it gives a typed error, and importing the same bytes
/// again puts a missing one back.
#[test]
fn altered_or_missing_raw_is_told_and_a_reimport_puts_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let a = Archive::open(dir.path()).unwrap();
    let id = import(&a, "en-harbour-library.txt")[0].id().to_string();
    let rec = a.load(&id).unwrap();
    let raw_dir = dir.path().join("raw");
    let raw = raw_dir.join(&files_in(&raw_dir)[0]);
    let good = fs::read(&raw).unwrap();
    fs::write(&raw, "changed after import").unwrap();
    assert!(matches!(
        a.raw_bytes(&rec),
        Err(ArchiveError::RawAltered { .. })
    ));
    fs::remove_file(&raw).unwrap();
    assert!(matches!(
        a.raw_bytes(&rec),
        Err(ArchiveError::RawMissing { .. })
    ));
    assert_eq!(
        import(&a, "en-harbour-library.txt"),
        [Imported::RawRestored(id.clone())]
    );
    assert_eq!(a.raw_bytes(&rec).unwrap(), good);
    assert_eq!(
        import(&a, "en-harbour-library.txt"),
        [Imported::Present(id.clone())]
    );
    assert!(a.check().unwrap().is_empty(), "{:?}", a.check().unwrap());
}
