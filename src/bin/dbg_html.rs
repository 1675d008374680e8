fn main() {
    let p = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&p).unwrap();
    let docs = sift::input::read_bytes(&p, &bytes).unwrap();
    let ex = sift::extract::html::extract(&docs[0].text);
    println!("{}", sift::extract::html::explain(&docs[0].text));
    for b in &ex.blocks {
        let t: String = b.text.chars().take(90).collect();
        println!("{:?}\t{}\t{}", b.role, b.tag, t.replace('\n', " / "));
    }
    println!(
        "title={:?} authors={:?} pub={:?}",
        ex.fields.title, ex.fields.authors, ex.fields.published
    );
    println!("{:?}", ex.candidates);
}
