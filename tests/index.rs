//! The archive's index (index.sqlite) end to end: search finds a word only a body holds and keeps to its field
//! filters; `list` filters; the index is made anew after it is deleted or damaged, catches up with a record
//! edited by hand, and nothing in `records/` is ever lost; exports by query; bulk status changes keep history.

mod common;

use common::{sift, stdout_of};
use serde_json::Value;
use sift::archive::Archive;
use sift::archive::catalog::{Catalog, Order, SortKey};
use sift::record::Status;
use std::fs;
use std::path::Path;
use std::sync::atomic::AtomicBool;

/// A whole-page text dump of our own: a menu, the headline, a date line, the body, a footer.
fn dump(title: &str, date: &str, body: &[&str]) -> String {
    let mut s = format!("Home\nNews\nSport\n\n{title}\n\n{date}\n\n");
    for p in body {
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.push_str("Share on Facebook\nCopyright 2025 Example Media\n");
    s
}

/// Three articles in English, German and French, imported into a new archive; returns the archive's folder.
fn archive_of_three(tmp: &Path) -> String {
    let pages = tmp.join("pages");
    fs::create_dir_all(&pages).unwrap();
    fs::write(
        pages.join("harbour.txt"),
        dump(
            "Harbour authority approves the new tidal barrage",
            "March 4, 2024",
            &[
                "The harbour authority voted on Tuesday to approve the tidal barrage that engineers have \
                 planned for a decade, after a long public consultation in the town hall.",
                "Fishermen said the quillfeathering of the old sea wall had to stop before the barrage is \
                 built, and the council promised a survey of the wall this summer.",
            ],
        ),
    )
    .unwrap();
    fs::write(
        pages.join("bahn.txt"),
        dump(
            "Die Bahn baut den Tunnel unter dem Fluss weiter",
            "12. Juni 2024",
            &[
                "Die Bauarbeiten am Tunnel unter dem Fluss gehen nach einer Pause von drei Monaten weiter, \
                 teilte die Bahn am Mittwoch in der Stadt mit.",
                "Die Anwohner hatten sich über den Lärm der Maschinen beschwert, nun sollen leisere Bohrer \
                 eingesetzt werden, sagte ein Sprecher der Bahn.",
            ],
        ),
    )
    .unwrap();
    fs::write(
        pages.join("marche.txt"),
        dump(
            "Le marché couvert rouvre ses portes après les travaux",
            "2 septembre 2023",
            &[
                "Le marché couvert de la ville a rouvert ses portes samedi matin après deux ans de travaux \
                 de rénovation, au grand plaisir des habitants du quartier.",
                "Les commerçants ont retrouvé leurs étals sous la grande halle, dont la charpente a été \
                 entièrement restaurée par des artisans de la région.",
            ],
        ),
    )
    .unwrap();
    let archive = tmp.join("archive");
    let a = archive.to_str().unwrap().to_string();
    stdout_of(sift().args(["import", "--archive", &a]).arg(&pages));
    a
}

fn ids_of(lines: &str) -> Vec<String> {
    lines
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect()
}

fn search(a: &str, q: &str) -> Vec<String> {
    ids_of(&stdout_of(sift().args(["search", "--archive", a, q])))
}

#[test]
fn search_finds_a_body_only_word_ranks_and_keeps_to_filters() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());

    let hits = search(&a, "quillfeathering");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0].contains("harbour"), "{hits:?}");

    // The snippet marks the word, from the body.
    let json = stdout_of(sift().args(["search", "--archive", &a, "--json", "quillfeather*"]));
    let v: Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(v["snippet_field"], "body");
    assert!(
        v["snippet"]
            .as_str()
            .unwrap()
            .contains("**quillfeathering**"),
        "{v}"
    );

    // Accents and case are ignored; a phrase must hold in order; a negated word excludes.
    assert_eq!(search(&a, "MARCHE").len(), 1);
    assert_eq!(search(&a, "\"tidal barrage\"").len(), 1);
    assert!(search(&a, "\"barrage tidal\"").is_empty());
    assert_eq!(search(&a, "-tunnel").len(), 2);

    // Field filters: language and date ranges, alone and with words.
    let de = search(&a, "lang:de");
    assert_eq!(de.len(), 1, "{de:?}");
    assert!(search(&a, "tunnel lang:fr").is_empty());
    assert_eq!(search(&a, "published:2024-01..2024-06").len(), 2);
    assert_eq!(search(&a, "published:2023").len(), 1);
    assert_eq!(search(&a, "status:draft").len(), 3);
    assert!(search(&a, "status:curated").is_empty());

    // A bad filter is a clear error, exit 1.
    let out = sift()
        .args(["search", "--archive", &a, "status:done"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("use draft, curated or rejected"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn list_filters_and_sorts_through_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let all = stdout_of(sift().args(["list", "--archive", &a]));
    assert_eq!(all.lines().count(), 3);
    let recent =
        stdout_of(sift().args(["list", "--archive", &a, "--since", "2024", "--sort", "date"]));
    let dates: Vec<&str> = recent
        .lines()
        .map(|l| l.split('\t').nth(2).unwrap())
        .collect();
    assert_eq!(dates.len(), 2, "{recent}");
    assert!(dates[0] > dates[1], "newest first: {dates:?}");
    let json = stdout_of(sift().args(["list", "--archive", &a, "--json", "--until", "2023-12"]));
    let v: Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(v["status"], "draft");
    assert!(v["title"].as_str().unwrap().contains("marché"), "{v}");
    let none = stdout_of(sift().args(["list", "--archive", &a, "--status", "curated"]));
    assert!(none.is_empty());
}

#[test]
fn the_index_is_made_anew_when_deleted_or_damaged_and_nothing_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let index = Path::new(&a).join("index.sqlite");
    assert!(index.exists(), "import writes the index");
    let before = stdout_of(sift().args(["list", "--archive", &a]));

    for damage in [
        None,
        Some(b"this is not a database, it was overwritten by hand".repeat(200)),
    ] {
        for f in ["index.sqlite", "index.sqlite-wal", "index.sqlite-shm"] {
            let _ = fs::remove_file(Path::new(&a).join(f));
        }
        if let Some(bytes) = &damage {
            fs::write(&index, bytes).unwrap();
        }
        let out = sift().args(["list", "--archive", &a]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert!(err.contains("the index was made anew"), "{err}");
        if damage.is_some() {
            assert!(err.contains("damaged"), "{err}");
        }
        assert_eq!(String::from_utf8_lossy(&out.stdout), before);
        assert_eq!(search(&a, "quillfeathering").len(), 1);
        assert_eq!(
            fs::read_dir(Path::new(&a).join("records")).unwrap().count(),
            3
        );
    }

    // `sift reindex` rebuilds it whole.
    let out = sift().args(["reindex", "--archive", &a]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("index rebuilt: 3 records"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_record_edited_by_hand_is_seen_by_check_and_list() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let id = search(&a, "tunnel").remove(0);
    let path = Path::new(&a).join("records").join(format!("{id}.json"));
    let mut rec: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    rec["title"] = "Ein Titel, von Hand geschrieben".into();
    rec["tags"] = serde_json::json!(["Verkehr"]);
    fs::write(&path, serde_json::to_vec_pretty(&rec).unwrap()).unwrap();

    let out = sift().args(["check", "--archive", &a]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("{id}: changed since indexed")),
        "{err}"
    );

    let list = stdout_of(sift().args(["list", "--archive", &a]));
    assert!(list.contains("Ein Titel, von Hand geschrieben"), "{list}");
    assert_eq!(search(&a, "tag:verkehr"), vec![id.clone()]);
    assert_eq!(search(&a, "hand geschrieben"), vec![id]);

    let out = sift().args(["check", "--archive", &a]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("out of step"));
}

#[test]
fn export_by_query_streams_only_the_hits() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let out = stdout_of(sift().args([
        "export",
        "--archive",
        &a,
        "--format",
        "jsonl",
        "--query",
        "published:2024",
    ]));
    assert_eq!(out.lines().count(), 2);
    for l in out.lines() {
        let v: Value = serde_json::from_str(l).unwrap();
        assert!(v["published"].as_str().unwrap().starts_with("2024"), "{v}");
    }
    let csl = tmp.path().join("lib.json");
    stdout_of(
        sift()
            .args(["export", "--archive", &a, "--format", "csl-json", "-o"])
            .arg(&csl),
    );
    let v: Value = serde_json::from_slice(&fs::read(&csl).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
}

#[test]
fn bulk_status_and_tags_save_each_record_with_history_and_update_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let archive = Archive::open(&a).unwrap();
    let never = AtomicBool::new(false);
    let (cat, report) = archive.index(&|_, _| {}, &never).unwrap();
    assert!(report.in_step(), "{report:?}");
    let ids: Vec<String> = cat
        .rows("", Some(Order::default()), None)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids.len(), 3);
    for id in &ids {
        archive.set_status(id, Status::Curated).unwrap();
        archive.edit_tags(id, &["Local news".into()], &[]).unwrap();
    }
    for id in &ids {
        let rec = archive.load(id).unwrap();
        assert_eq!(rec.status, Status::Curated);
        assert!(rec.curated_at.is_some());
        assert_eq!(rec.tags, vec!["Local news"]);
        assert_eq!(archive.history(id).unwrap().len(), 2, "{id}");
    }
    // The writer kept the index up to date as it saved: a reader sees it without a sync.
    let reader = Catalog::open_reader(Path::new(&a)).unwrap();
    let curated = reader
        .rows(
            "status:curated tag:\"local news\"",
            Some(Order {
                key: SortKey::Title,
                descending: false,
            }),
            None,
        )
        .unwrap();
    assert_eq!(curated.len(), 3);
    assert!(curated[0].title.as_deref().unwrap() < curated[1].title.as_deref().unwrap());
    archive.trash(&ids[0]).unwrap();
    assert_eq!(reader.rows("", None, None).unwrap().len(), 2);
    archive.restore(&ids[0]).unwrap();
    assert_eq!(reader.rows("", None, None).unwrap().len(), 3);
}

fn record_count(a: &str) -> usize {
    fs::read_dir(Path::new(a).join("records")).unwrap().count()
}

#[test]
fn an_import_looks_up_known_sources_in_the_index_even_one_made_anew() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let pages = tmp.path().join("pages");
    assert_eq!(record_count(&a), 3);

    // Again, with the index in place: nothing new.
    let out = stdout_of(sift().args(["import", "--archive", &a]).arg(&pages));
    assert_eq!(record_count(&a), 3, "{out}");

    // Again, with the index deleted: the writer makes it anew from the files before it looks up.
    fs::remove_file(Path::new(&a).join("index.sqlite")).unwrap();
    let out = stdout_of(sift().args(["import", "--archive", &a]).arg(&pages));
    assert_eq!(record_count(&a), 3, "{out}");
}

#[test]
fn a_record_copied_in_by_hand_is_found_again_not_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    // Another archive holds a page; its record and raw file are copied into ours by hand. An import does not
    // bring the index in step with the files, so the index does not know of the copy.
    let other = tmp.path().join("other");
    let one = tmp.path().join("one");
    fs::create_dir_all(&one).unwrap();
    fs::write(
        one.join("ferry.txt"),
        dump(
            "Night ferry to the islands is back for the summer",
            "May 1, 2024",
            &["The night ferry to the islands sails again from June, the operator said on Monday, \
               with two crossings a week until the end of September."],
        ),
    )
    .unwrap();
    stdout_of(
        sift()
            .args(["import", "--archive", other.to_str().unwrap()])
            .arg(&one),
    );
    let archive = Archive::open(&a).unwrap();
    assert_eq!(archive.ids().unwrap().len(), 3);
    for dir in ["records", "raw"] {
        for e in fs::read_dir(other.join(dir)).unwrap() {
            let e = e.unwrap();
            fs::copy(e.path(), Path::new(&a).join(dir).join(e.file_name())).unwrap();
        }
    }
    let copied = fs::read_dir(other.join("records"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let copied_id = copied.file_stem().unwrap().to_str().unwrap().to_string();
    let doc = sift::input::read_file(&one.join("ferry.txt"))
        .unwrap()
        .remove(0);
    let ex = sift::extract::extract(&doc);
    let bytes = fs::read(one.join("ferry.txt")).unwrap();
    let got = archive.import(&doc, &ex, &bytes).unwrap();
    assert_eq!(got, sift::archive::store::Imported::Present(copied_id));
    assert_eq!(archive.ids().unwrap().len(), 4);
}

#[test]
fn a_page_of_ranked_hits_is_the_head_of_the_whole_ranking() {
    let tmp = tempfile::tempdir().unwrap();
    let a = archive_of_three(tmp.path());
    let archive = Archive::open_read_only(&a).unwrap();
    let (cat, _) = archive.index(&|_, _| {}, &AtomicBool::new(false)).unwrap();
    for q in ["e*", "e* -tunnel", "\"the harbour\" OR e*"] {
        let whole = cat.rows(q, None, None).unwrap();
        assert!(whole.len() >= 2 || q.contains("OR"), "{q}: {whole:?}");
        for n in 1..=whole.len() {
            let page = cat.rows(q, None, Some(n)).unwrap();
            assert_eq!(page, whole[..n].to_vec(), "{q}, first {n}");
        }
    }
}

/// Two Sifts making a new index at the same moment (the window's list and an import did) both get it whole:
/// neither takes the other's half-made tables for an index of another version and drops them.
#[test]
fn two_openers_of_a_new_index_at_once_both_get_it() {
    for round in 0..40 {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        let openers: Vec<_> = (0..3)
            .map(|_| {
                let root = root.clone();
                std::thread::spawn(move || {
                    let (c, _) = Catalog::open(&root).expect("opened");
                    c.rows("", Some(Order::default()), None)
                        .expect("the tables are there")
                        .len()
                })
            })
            .collect();
        for o in openers {
            assert_eq!(o.join().expect("no panic"), 0, "round {round}");
        }
        // None of them saw another version: the index was made once, not reset.
        assert!(Catalog::open_reader(&root).is_ok(), "round {round}");
    }
}
