//! Page types in the window: the fields panel shows the extractor's type and takes the curator's, the type
//! drop-down beside the search filters the list, and "reject non-articles" rejects only the known non-articles.

use super::*;

/// Three pages whose JSON-LD says what they are: a news article, a product and a forum thread.
fn typed_pages(dir: &Path) -> PathBuf {
    let folder = dir.join("pages");
    std::fs::create_dir_all(&folder).expect("folder");
    let body = |words: &str| {
        (0..6)
            .map(|i| {
                format!(
                    "<p>{words} Paragraph {i} goes on with enough words to be read as text.</p>"
                )
            })
            .collect::<String>()
    };
    let pages = [
        (
            "news.html",
            "NewsArticle",
            "Harbour ferry returns after winter",
            "https://news.example/2025/03/ferry",
        ),
        (
            "kettle.html",
            "Product",
            "Copper kettle, 1.5 litres",
            "https://shop.example/products/kettle",
        ),
        (
            "thread.html",
            "DiscussionForumPosting",
            "Which kettle for a boat galley?",
            "https://forum.example/t/123",
        ),
    ];
    for (file, kind, title, url) in pages {
        let html = format!(
            "<!doctype html><html><head><title>{title}</title><link rel=canonical href=\"{url}\">\
             <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"{kind}\",\
             \"name\":\"{title}\",\"headline\":\"{title}\"}}</script></head><body><main><h1>{title}</h1>{}\
             </main></body></html>",
            body(title)
        );
        std::fs::write(folder.join(file), html).expect("page");
    }
    folder
}

fn record_of(dir: &Path, id: &str) -> serde_json::Value {
    let path = dir.join("archive/records").join(format!("{id}.json"));
    serde_json::from_slice(&std::fs::read(path).expect("record")).expect("json")
}

fn id_titled(h: &Harness<'static, SiftApp>, title: &str) -> String {
    h.state()
        .list
        .rows
        .iter()
        .find(|r| r.title == title)
        .map(|r| r.id.clone())
        .unwrap_or_else(|| panic!("no row titled {title}"))
}

#[test]
fn types_are_shown_filtered_changed_and_non_articles_rejected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_with(dir.path(), vec![typed_pages(dir.path())]);
    assert_eq!(h.state().list.rows.len(), 3);
    let (news, kettle, thread) = (
        id_titled(&h, "Harbour ferry returns after winter"),
        id_titled(&h, "Copper kettle, 1.5 litres"),
        id_titled(&h, "Which kettle for a boat galley?"),
    );
    assert_eq!(record_of(dir.path(), &news)["page_type"], "article");
    assert_eq!(record_of(dir.path(), &kettle)["page_type"], "product");
    assert_eq!(record_of(dir.path(), &thread)["page_type"], "forum");

    // The drop-down beside the search sets its type: filter, and the list shows only that type.
    h.get_by_value("any type").click();
    h.run();
    h.get_by_label("product").click();
    h.run();
    assert_eq!(h.state().ui_state.search, "type:product");
    let t0 = h.ctx.input(|i| i.time);
    for k in 1..=3 {
        h.input_mut().time = Some(t0 + f64::from(k));
        h.step();
    }
    h.state_mut().wait_for_list();
    let ids: Vec<String> = h.state().list.rows.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, std::slice::from_ref(&kettle));
    h.state_mut().ui_state.search.clear();
    for k in 4..=6 {
        h.input_mut().time = Some(t0 + f64::from(k));
        h.step();
    }
    h.state_mut().wait_for_list();
    h.run();
    assert_eq!(h.state().list.rows.len(), 3);

    // The curator says the forum thread is an article: marked edited, saved so.
    h.get_by_label("Which kettle for a boat galley?").click();
    h.run();
    for _ in 0..50 {
        if h.state().current().is_some_and(|i| i.record.id == thread) {
            break;
        }
        h.step();
    }
    let open = h.state().current().map(|i| i.record.id.clone());
    assert_eq!(open.as_deref(), Some(thread.as_str()), "the thread opened");
    h.run();
    h.get_by_value("forum").click();
    h.run();
    h.get_by_label("article").click();
    h.run();
    assert!(
        h.state()
            .current()
            .expect("open")
            .record
            .edited
            .contains(&"page_type".to_string())
    );
    let ctx = h.ctx.clone();
    h.state_mut().run_command(
        &ctx,
        sift::app::command::Command::Ui(sift::app::command::UICommand::Save),
    );
    h.run();
    assert_eq!(record_of(dir.path(), &thread)["page_type"], "article");

    // Reject non-articles over all three (selected as a click and a Shift+click do): only the product goes.
    h.state_mut().list.click(0, false, false);
    h.state_mut().list.click(2, false, true);
    assert_eq!(h.state().list.selected.len(), 3);
    h.state_mut().run_command(
        &ctx,
        sift::app::command::Command::Bulk(sift::app::BulkOp::RejectNonArticles),
    );
    h.state_mut().wait_for_bulk();
    h.state_mut().wait_for_list();
    h.run();
    assert_eq!(record_of(dir.path(), &kettle)["status"], "rejected");
    assert_eq!(record_of(dir.path(), &news)["status"], "draft");
    assert_eq!(record_of(dir.path(), &thread)["status"], "draft");
    let status = &h.state().status.text;
    assert!(status.contains("2 records left as they were"), "{status}");
}
