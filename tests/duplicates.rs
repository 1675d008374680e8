//! Duplicates at import, on pages written for these tests: the same URL with different bytes, the same content
//! in another file, one article as an HTML page and as a text dump, two articles of one site kept apart, and a
//! JSON Lines dump delivered again adding nothing; then `sift duplicates` and keeping one of a group.

mod common;

use common::{sift, stdout_of};
use serde_json::Value;
use sift::archive::import::{Report, import_paths};
use sift::archive::{Archive, Imported};
use sift::dedup::Why;
use sift::record::Status;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

const HARBOUR: &[&str] = &[
    "The floating library of Port Ellery left its mooring on Tuesday morning with four hundred books, two \
     volunteers and a ship's cat named Dewey, who has already been photographed more often than the mayor.",
    "The barge will call at six villages along the northern coast before the autumn storms, staying two days \
     in each harbour so that fishermen coming back from the night boats can borrow a novel on the way home.",
    "The project began three years ago when the bus that carried the county's mobile library was sold, and \
     the parish councils found they could afford a second-hand grain barge more easily than a new bus.",
    "Volunteers spent two winters fitting shelves, a reading corner with a stove and a ramp for wheelchairs, \
     paid for by a raffle, a cake sale and a grant from the regional heritage fund.",
    "Children's books sit on the lowest shelves, and the crew says the most borrowed title so far is a guide \
     to knots, followed closely by a thriller set on an oil rig in the North Sea.",
];

const ORCHARD: &[&str] = &[
    "A cider press that had stood idle in a barn at Hollow End for forty years was working again this week, \
     after a group of retired engineers rebuilt its oak screw and replaced the cracked stone bed.",
    "The orchard around it holds thirty-one old apple varieties, several of which the county's seed bank \
     believed lost, and the owners now plan to graft cuttings for schools and community gardens.",
    "Pressing days will be open to visitors on the last Saturday of September and October, when anyone may \
     bring their own apples and leave with juice, provided they help to turn the wheel.",
    "The engineers say the hardest part was the iron collar, which had to be cast anew at a foundry in the \
     valley from a wooden pattern they carved from photographs taken in the nineteen fifties.",
    "The first barrels of this year's cider will be sold at the village fair, and the money will go to \
     repairing the barn roof before the winter gales arrive from the west.",
];

/// A news page of the test site: navigation, the article, related links and a footer.
fn page(title: &str, paras: &[&str], canonical: Option<&str>, extra: &str) -> String {
    let canon = canonical
        .map(|u| format!(r#"<link rel="canonical" href="{u}">"#))
        .unwrap_or_default();
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | Coastline Gazette</title>\
         {canon}</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a> \
         <a href=\"/weather\">Weather</a></nav><main><article><h1>{title}</h1><p class=\"byline\">By Marta Quill\
         </p>\n{body}{extra}</article></main><aside><h2>Most read</h2><ul><li><a href=\"/a\">Ferry timetable \
         changes for the winter</a></li><li><a href=\"/b\">Lifeboat crew honoured</a></li></ul></aside><footer>\
         <p>© Coastline Gazette. All rights reserved. Privacy. Cookies. Contact us.</p></footer></body></html>"
    )
}

/// The same page as a whole-page text dump: menu lines, the article, the sidebar and the footer.
fn dump(title: &str, paras: &[&str]) -> String {
    let mut s = format!(
        "{title} | Coastline Gazette\n\nHome\nNews\nSport\nWeather\n\n{title}\n\nBy Marta Quill\n\n"
    );
    for p in paras {
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.push_str("Most read\nFerry timetable changes for the winter\nLifeboat crew honoured\n\n");
    s.push_str("© Coastline Gazette. All rights reserved. Privacy. Cookies. Contact us.\n");
    s
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn import(archive: &Archive, paths: &[PathBuf]) -> (Report, Vec<Imported>) {
    let mut outcomes = Vec::new();
    let report = import_paths(
        archive,
        paths,
        &mut |ev| {
            if let sift::archive::import::Event::Document { outcome, .. } = ev {
                outcomes.push(outcome.clone());
            }
        },
        &AtomicBool::new(false),
    );
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    (report, outcomes)
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn same_url_with_different_bytes_is_a_duplicate_kept_and_marked() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    let first = write(
        tmp.path(),
        "harbour.html",
        page(
            "Harbour town opens a floating library",
            HARBOUR,
            Some("https://gazette.example/2025/03/library?utm_source=feed"),
            "",
        )
        .as_bytes(),
    );
    // Fetched again a day later: a correction at the end and a tracking parameter of another campaign.
    let again = write(
        tmp.path(),
        "harbour-later.html",
        page(
            "Harbour town opens a floating library",
            HARBOUR,
            Some("https://GAZETTE.example/2025/03/library?utm_campaign=x#comments"),
            "<p>Correction: an earlier version of this article gave the wrong name for the cat.</p>",
        )
        .as_bytes(),
    );
    let (r1, o1) = import(&archive, std::slice::from_ref(&first));
    assert_eq!((r1.new, r1.duplicates), (1, 0));
    let (r2, o2) = import(&archive, std::slice::from_ref(&again));
    assert_eq!((r2.new, r2.duplicates, r2.repeats), (1, 1, 0));
    let Imported::Duplicate { id, of } = &o2[0] else {
        panic!("{o2:?}")
    };
    assert_eq!(of, o1[0].id());
    // Kept whole: its own record and its own raw bytes.
    let rec = archive.load(id).unwrap();
    assert_eq!(rec.duplicate_of.as_deref(), Some(o1[0].id()));
    assert_eq!(
        archive.raw_bytes(&rec).unwrap(),
        std::fs::read(&again).unwrap()
    );
    assert!(rec.body.contains("Correction"));
    // The original is no one's duplicate.
    assert_eq!(archive.load(o1[0].id()).unwrap().duplicate_of, None);
    let (cat, _) = archive.index(&|_, _| {}, &AtomicBool::new(false)).unwrap();
    let groups = archive.duplicate_groups(&cat).unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].duplicates[0].why, Why::Url);
}

#[test]
fn the_same_content_in_another_file_is_a_duplicate_by_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    // No canonical URL and a short body: only the bytes can tell.
    let html = page(
        "Short notice",
        &["The ferry office is closed on Monday."],
        None,
        "",
    );
    let plain = write(tmp.path(), "notice.html", html.as_bytes());
    let zipped = write(tmp.path(), "notice.html.gz", &gzip(html.as_bytes()));
    let copy = write(tmp.path(), "copy-of-notice.html", html.as_bytes());
    let (r, o) = import(&archive, &[plain, zipped, copy]);
    // The gzip'd file is other raw bytes holding the same page: kept and marked. The plain copy is the same
    // bytes, the same source: already present, nothing added (as always).
    assert_eq!((r.new, r.duplicates, r.present), (2, 1, 1), "{o:?}");
    let dup = o
        .iter()
        .find_map(|x| match x {
            Imported::Duplicate { id, of } => Some((id.clone(), of.clone())),
            _ => None,
        })
        .unwrap();
    assert_eq!(dup.1, o[0].id());
    let (cat, _) = archive.index(&|_, _| {}, &AtomicBool::new(false)).unwrap();
    let g = archive.duplicate_groups(&cat).unwrap();
    assert_eq!(g[0].duplicates[0].why, Why::Bytes);
    assert_eq!(g[0].duplicates[0].id, dup.0);
}

#[test]
fn an_html_page_and_its_text_dump_are_one_article_and_two_articles_of_a_site_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let harbour_title = "Harbour town opens a floating library";
    let orchard_title = "Old cider press works again at Hollow End";
    write(
        &dir,
        "1-harbour.html",
        page(harbour_title, HARBOUR, None, "").as_bytes(),
    );
    write(
        &dir,
        "2-orchard.html",
        page(orchard_title, ORCHARD, None, "").as_bytes(),
    );
    write(
        &dir,
        "3-harbour.txt",
        dump(harbour_title, HARBOUR).as_bytes(),
    );
    write(
        &dir,
        "4-orchard.txt",
        dump(orchard_title, ORCHARD).as_bytes(),
    );
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    // One run: the dumps match pages written earlier in the same import.
    let (r, o) = import(&archive, &[dir]);
    assert_eq!((r.new, r.duplicates, r.repeats), (4, 2, 0), "{o:?}");
    let of = |i: usize| archive.load(o[i].id()).unwrap().duplicate_of;
    assert_eq!(of(0), None);
    assert_eq!(of(1), None, "two articles of one site, same menus, grouped");
    assert_eq!(of(2).as_deref(), Some(o[0].id()));
    assert_eq!(of(3).as_deref(), Some(o[1].id()));
    let (cat, _) = archive.index(&|_, _| {}, &AtomicBool::new(false)).unwrap();
    for g in archive.duplicate_groups(&cat).unwrap() {
        assert_eq!(g.duplicates.len(), 1);
        assert_eq!(g.duplicates[0].why, Why::Text);
        assert!(g.duplicates[0].similarity >= 0.8, "{g:?}");
    }
}

/// A page as a forum's script-driven front end serves it: an empty app shell, the posts only in `<noscript>`
/// for readers without scripts, and the text dump of it, which has every post.
#[test]
fn a_page_whose_posts_are_in_noscript_and_its_dump_are_one_article() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let title = "Harbour town opens a floating library - Coastline Forum";
    let posts: String = HARBOUR
        .iter()
        .map(|p| format!("<div class=\"post\"><p>{p}</p></div>"))
        .collect();
    let html = format!(
        "<!doctype html><html><head><title>{title}</title><script>window.app = {{ boot: true }};</script>\
         </head><body><div id=\"app\"></div><noscript><h1>{title}</h1>{posts}</noscript>\
         <script src=\"/app.js\"></script></body></html>"
    );
    write(&dir, "1-thread.html", html.as_bytes());
    let mut text = format!("{title}\n\n{title}\n\n");
    for p in HARBOUR {
        text.push_str(p);
        text.push_str("\n\n");
    }
    write(&dir, "2-thread.txt", text.as_bytes());
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    let (r, o) = import(&archive, &[dir]);
    assert_eq!((r.new, r.duplicates), (2, 1), "{o:?}");
    let dump = archive.load(o[1].id()).unwrap();
    assert_eq!(dump.duplicate_of.as_deref(), Some(o[0].id()));
}

/// Two pages of one shop as text dumps (no URL to tell them apart): most of each is the shop's boilerplate
/// (menus, a long consent notice, the footer), and the products differ.
#[test]
fn two_dumps_sharing_a_sites_boilerplate_with_different_products_are_not_grouped() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let shop = |name: &str, paras: &[&str]| {
        let mut s = format!(
            "{name} | Tidewater Supply\n\nShop\nNew in\nSale\nStores\nHelp\nAccount\nBasket\n\n{name}\n\n"
        );
        for p in paras {
            s.push_str(p);
            s.push_str("\n\n");
        }
        s.push_str(
            "We use cookies and similar tools to run this shop, to remember what is in your basket, to \
             measure how the pages are used and to show you offers from us and our partners on other \
             sites. You can accept all of them, refuse those that are not needed to run the shop, or choose \
             which ones we may use in the settings, and change your mind at any time from the link at the \
             bottom of every page.\n\nFree delivery on orders over forty pounds\nReturns within sixty days\n\
             Customer service\nDelivery\nReturns\nGift cards\nAbout us\nCareers\nPress\n\
             © Tidewater Supply Ltd. Registered in England. Privacy. Terms.\n",
        );
        s
    };
    write(
        &dir,
        "1-barge.txt",
        shop("Grain barge model kit", &HARBOUR[..2]).as_bytes(),
    );
    write(
        &dir,
        "2-press.txt",
        shop("Oak cider press", &ORCHARD[..2]).as_bytes(),
    );
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    let (r, o) = import(&archive, &[dir]);
    assert_eq!((r.new, r.duplicates), (2, 0), "{o:?}");
}

/// A dump without a URL joins the group of the page it came from; a second page at another address whose
/// text is the same as the dump's (a mirror, a variant) is not drawn into that group through the dump.
#[test]
fn a_page_at_another_address_does_not_join_a_group_through_a_dump_without_url() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let title = "Harbour town opens a floating library";
    let at = |u: &str| page(title, HARBOUR, Some(u), "");
    write(
        &dir,
        "1-page.html",
        at("https://gazette.example/library").as_bytes(),
    );
    write(&dir, "2-dump.txt", dump(title, HARBOUR).as_bytes());
    write(
        &dir,
        "3-other.html",
        at("https://gazette.example/library-2").as_bytes(),
    );
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    let (r, o) = import(&archive, &[dir]);
    assert_eq!((r.new, r.duplicates), (3, 1), "{o:?}");
    let of = |i: usize| archive.load(o[i].id()).unwrap().duplicate_of;
    assert_eq!(of(1).as_deref(), Some(o[0].id()));
    assert_eq!(of(2), None);
}

fn jsonl(items: &[(&str, &str, &[&str])], extra: &str) -> String {
    items
        .iter()
        .map(|(url, title, paras)| {
            let mut v = serde_json::json!({"url": url, "title": title, "text": paras.join("\n\n")});
            if !extra.is_empty() {
                v["fetched"] = Value::String(extra.into());
            }
            v.to_string() + "\n"
        })
        .collect()
}

#[test]
fn a_jsonl_item_delivered_again_adds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = Archive::open(tmp.path().join("a")).unwrap();
    let h: (&str, &str, &[&str]) = (
        "https://gazette.example/library",
        "Floating library",
        HARBOUR,
    );
    let c: (&str, &str, &[&str]) = ("https://gazette.example/cider", "Cider press", ORCHARD);
    let d: (&str, &str, &[&str]) = (
        "https://gazette.example/short",
        "Short",
        &["Ferry office closed on Monday."],
    );
    let day1 = write(
        tmp.path(),
        "day1.jsonl",
        jsonl(&[h, d], "2025-03-12").as_bytes(),
    );
    // The next day's file: the same items with another fetch time (other bytes), and one new item.
    let day2 = write(
        tmp.path(),
        "day2.jsonl",
        jsonl(&[h, d, c], "2025-03-13").as_bytes(),
    );
    let (r1, _) = import(&archive, &[day1]);
    assert_eq!((r1.new, r1.repeats), (2, 0));
    let (r2, o2) = import(&archive, &[day2]);
    assert_eq!((r2.new, r2.duplicates, r2.repeats), (1, 0, 2), "{o2:?}");
    assert!(matches!(o2[0], Imported::Repeat(_)));
    assert_eq!(archive.ids().unwrap().len(), 3);
    // The same file a third time: its new item is already present, its repeats are repeats again.
    drop(archive);
    let out = sift()
        .args(["import", "--archive"])
        .arg(tmp.path().join("a"))
        .arg(tmp.path().join("day2.jsonl"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("0 new, 1 already present, 0 failed, 0 duplicates, 2 repeats"),
        "{err}"
    );
}

#[test]
fn sift_duplicates_lists_groups_and_keeping_one_rejects_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let t = "Harbour town opens a floating library";
    write(&dir, "1.html", page(t, HARBOUR, None, "").as_bytes());
    write(&dir, "2.txt", dump(t, HARBOUR).as_bytes());
    write(
        &dir,
        "3.html",
        page(t, HARBOUR, None, "<p>Update: the cat has a blog.</p>").as_bytes(),
    );
    let a = tmp.path().join("a");
    let out = sift()
        .args(["import", "--archive"])
        .arg(&a)
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("3 new, 0 already present, 0 failed, 2 duplicates, 0 repeats"),
        "{err}"
    );

    let json = stdout_of(sift().args(["duplicates", "--json", "--archive"]).arg(&a));
    let groups: Vec<Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(groups.len(), 1, "{json}");
    let original = groups[0]["original"].as_str().unwrap().to_string();
    let dups: Vec<String> = groups[0]["duplicates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            assert_eq!(m["why"], "text");
            assert!(m["similarity"].as_f64().unwrap() > 0.5);
            m["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(dups.len(), 2);
    let text = stdout_of(sift().args(["duplicates", "--archive"]).arg(&a));
    assert!(text.starts_with(&format!("{original}\n  ")), "{text}");

    // Keep the updated page: the other two are rejected and point to it.
    let archive = Archive::open(&a).unwrap();
    let keep = dups
        .iter()
        .find(|id| archive.load(id).unwrap().body.contains("blog"))
        .unwrap()
        .clone();
    let mut group = dups.clone();
    group.push(original.clone());
    archive.keep_duplicate(&keep, &group).unwrap();
    let kept = archive.load(&keep).unwrap();
    assert_eq!((kept.status, kept.duplicate_of), (Status::Draft, None));
    for id in group.iter().filter(|i| **i != keep) {
        let r = archive.load(id).unwrap();
        assert_eq!(r.status, Status::Rejected);
        assert_eq!(r.duplicate_of.as_deref(), Some(keep.as_str()));
    }
    let (cat, _) = archive.index(&|_, _| {}, &AtomicBool::new(false)).unwrap();
    let g = archive.duplicate_groups(&cat).unwrap();
    assert_eq!((g.len(), g[0].original.as_str()), (1, keep.as_str()));
    assert_eq!(archive.duplicates_of(&cat, &keep).unwrap().len(), 2);
}

#[test]
fn records_of_older_sifts_read_with_no_duplicate_of() {
    let old = r#"{"schema_version": 1, "id": "a", "source": {"file": "a.html", "sha256": "", "bytes": 0,
        "format": "html", "encoding": "UTF-8", "imported_at": ""}}"#;
    let r: sift::record::Record = serde_json::from_str(old).unwrap();
    assert_eq!(r.duplicate_of, None);
    assert_eq!(r.source.content_sha256, None);
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["duplicate_of"], Value::Null);
}
