//! Extraction fixes found in the curation session of issue 13, each on a synthetic page: keywords without a
//! CMS's codes, protocol-relative image URLs with the page's scheme, a photographer never the author, and raw
//! lines that keep a space between inline elements set side by side.

use sift::extract::{Extracted, Role};

fn extract(html: &str) -> Extracted {
    let doc = sift::input::read_bytes("page.html", html.as_bytes())
        .expect("reads")
        .remove(0);
    sift::extract::extract(&doc)
}

/// A news page around `head` (extra head tags), `top` (what sits under the headline) and `figure`.
fn page(head: &str, top: &str, figure: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Ferry timetable changes | Harbour Gazette</title>\
         <link rel=\"canonical\" href=\"https://news.harbour.example/2019/11/ferry\">{head}</head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry timetable changes</h1>\
         {top}{figure}\
         <p>The harbour ferry will leave twenty minutes earlier on weekdays from next month, the council said on \
         Friday after a long meeting with the operator and the commuters' association.</p>\
         <p>Commuters asked for the change last winter, when the last boat left before the evening train came in \
         and many of them had to wait an hour on the quay in the cold.</p>\
         <p>The weekend timetable stays as it is, and the night boat on Fridays keeps running until the end of \
         October, when the winter timetable begins.</p></article><footer>© 2019 Harbour Gazette</footer>\
         </body></html>"
    )
}

#[test]
fn keywords_lose_the_cms_codes() {
    let ex = extract(&page(
        "<meta name=\"keywords\" content=\"Section:culture, Ferries, AdNode:news/local, topic_8812, \
         a3f9c2e1b7d40c55, Harbour, 20191115\">",
        "",
        "",
    ));
    assert_eq!(ex.fields.keywords, vec!["Ferries", "Harbour"]);
}

#[test]
fn protocol_relative_image_urls_get_the_pages_scheme() {
    let ex = extract(&page(
        "<meta property=\"og:image\" content=\"//cdn.harbour.example/img/og.jpg\">",
        "",
        "<figure><img src=\"//cdn.harbour.example/img/ferry.jpg\" alt=\"\"><figcaption>The ferry at the \
         north quay.</figcaption></figure>",
    ));
    let urls: Vec<&str> = ex
        .fields
        .images
        .iter()
        .filter_map(|i| i.url.as_deref())
        .collect();
    assert!(
        urls.contains(&"https://cdn.harbour.example/img/ferry.jpg"),
        "{urls:?}"
    );
    assert!(urls.iter().all(|u| u.starts_with("https://")), "{urls:?}");
}

#[test]
fn a_photo_credit_is_never_the_author() {
    // The photographer in the caption, marked up as an author, and no byline.
    let figure = "<figure><img src=\"/img/ferry.jpg\" alt=\"\"><figcaption>The ferry at the north quay. \
                  <span class=\"author\">Marta Quill</span></figcaption></figure>";
    let ex = extract(&page("", "", figure));
    assert!(
        !ex.fields.authors.iter().any(|a| a.contains("Quill")),
        "{:?}",
        ex.fields.authors
    );
    // With a byline, the byline's writer.
    let ex = extract(&page("", "<p class=\"byline\">By Ann Lee</p>", figure));
    assert_eq!(ex.fields.authors, vec!["Ann Lee"]);
}

#[test]
fn inline_elements_side_by_side_keep_a_space_in_the_raw_lines() {
    let ex = extract(&page(
        "",
        "<div class=\"meta\"><span class=\"date\">Nov 15, 2019</span><span class=\"time\">5:45 AM</span>\
         </div><ul class=\"tags\"><li><a href=\"/t/a\">Ferries</a><a href=\"/t/b\">Harbour</a></li></ul>",
        "",
    ));
    let texts: Vec<&str> = ex.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(texts.contains(&"Nov 15, 2019 5:45 AM"), "{texts:?}");
    assert!(texts.contains(&"Ferries Harbour"), "{texts:?}");
    // A word split by markup stays one word.
    let ex = extract(&page(
        "",
        "",
        "<p><b>T</b>he council met the operator twice before it agreed to the new timetable for the ferry.</p>",
    ));
    assert!(
        ex.blocks
            .iter()
            .any(|b| b.role == Role::Body && b.text.starts_with("The council met")),
        "{:?}",
        ex.blocks
    );
}
