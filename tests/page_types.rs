//! The page type of whole synthetic pages (our own writing), in several languages, through the pipeline
//! `sift extract` runs: a forum thread, a product, documentation, a listing, a company's page and articles.
//! Each page is built from a template of its kind's usual structure, with words of its language.

use sift::record::PageType;

fn kind_of(html: &str) -> (PageType, Vec<String>) {
    let doc = sift::input::read_bytes("page.html", html.as_bytes())
        .unwrap()
        .remove(0);
    let g = sift::extract::extract(&doc).page_type.unwrap();
    assert!(
        (0.0..=1.0).contains(&g.confidence),
        "confidence {}",
        g.confidence
    );
    (g.kind, g.signals)
}

fn page(lang: &str, title: &str, head: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head>\
         <body><header class='site-header'><nav class='main-nav'><ul><li><a href='/'>Home</a></li>\
         <li><a href='/a'>A</a></li><li><a href='/b'>B</a></li><li><a href='/c'>C</a></li></ul></nav></header>\
         {body}<footer class='site-footer'><p>© 2025</p><a href='/imprint'>Imprint</a></footer></body></html>"
    )
}

fn forum(lang: &str, url: &str, title: &str, posts: &[(&str, &str)], reply: &str) -> String {
    let mut body = format!("<main><h1>{title}</h1><div class='topic-posts'>");
    for (i, (author, text)) in posts.iter().enumerate() {
        body.push_str(&format!(
            "<article class='post' id='post-{i}'><div class='post-author'><a href='/u/{author}'>{author}</a></div>\
             <time datetime='2025-03-0{d}T10:0{i}:00Z'>0{d}.03.2025</time><div class='post-body'><p>{text}</p></div>\
             <div class='post-actions'><button>{reply}</button></div></article>",
            d = i + 1
        ));
    }
    body.push_str("</div></main>");
    page(
        lang,
        title,
        &format!("<link rel='canonical' href='{url}'>"),
        &body,
    )
}

fn product(lang: &str, url: &str, name: &str, price: &str, buy: &str, text: &str) -> String {
    let ld = format!(
        "<script type='application/ld+json'>{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\
         \"name\":\"{name}\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"49.90\",\"priceCurrency\":\"EUR\"}}}}</script>\
         <meta property='og:type' content='product'><link rel='canonical' href='{url}'>"
    );
    let body = format!(
        "<main><div class='product-detail'><h1>{name}</h1><div class='price'>{price}</div>\
         <form class='cart'><input type='number' name='qty' value='1'><button class='add-to-cart'>{buy}</button></form>\
         <div class='description'><p>{text}</p></div><table class='specs'><tr><td>1,7 l</td><td>2200 W</td></tr></table>\
         </div></main>"
    );
    page(lang, name, &ld, &body)
}

fn docs(lang: &str, url: &str, title: &str, intro: &str, steps: &[&str]) -> String {
    let mut body = format!(
        "<div class='docs-layout'><aside class='sidebar'><ul><li><a href='/docs/install'>Install</a></li>\
         <li><a href='/docs/config'>Config</a></li><li><a href='/docs/cli'>CLI</a></li></ul></aside>\
         <main><h1>{title}</h1><p>{intro}</p>"
    );
    for (i, s) in steps.iter().enumerate() {
        body.push_str(&format!(
            "<h2>{i}. {s}</h2><p>{s}: <code>kettle --level {i}</code>.</p>\
             <pre><code>kettle config set level {i}\nkettle run --verbose</code></pre>"
        ));
    }
    body.push_str("</main><nav class='toc'><a href='#1'>1</a><a href='#2'>2</a></nav></div>");
    page(
        lang,
        title,
        &format!("<link rel='canonical' href='{url}'>"),
        &body,
    )
}

fn listing(lang: &str, url: &str, title: &str, teasers: &[&str], more: &str) -> String {
    let mut body = format!("<main><h1>{title}</h1><div class='post-grid'>");
    for i in 0..12 {
        let t = teasers[i % teasers.len()];
        body.push_str(&format!(
            "<div class='card'><a href='/news/item-{i}'><img src='/i/{i}.jpg' alt=''></a>\
             <h3><a href='/news/item-{i}'>{t} {i}</a></h3><time datetime='2025-02-{d:02}'>{d}.02.2025</time>\
             <p>{t}.</p><a class='more' href='/news/item-{i}'>{more}</a></div>",
            d = i + 1
        ));
    }
    body.push_str(
        "</div><nav class='pagination'><a href='?page=1'>1</a><a href='?page=2' rel='next'>2</a></nav></main>",
    );
    page(
        lang,
        title,
        &format!("<link rel='canonical' href='{url}'>"),
        &body,
    )
}

fn service(lang: &str, url: &str, title: &str, sections: &[(&str, &str)], cta: &str) -> String {
    let mut body = format!(
        "<main><section class='hero'><h1>{title}</h1><a class='btn btn-primary' href='/contact'>{cta}</a>\
         <a href='tel:+491234567'>+49 123 4567</a></section>"
    );
    for (h, p) in sections {
        body.push_str(&format!(
            "<section class='service'><h2>{h}</h2><p>{p}</p><a class='btn' href='/contact'>{cta}</a></section>"
        ));
    }
    body.push_str(&format!(
        "<section class='testimonials'><blockquote>★★★★★</blockquote></section>\
         <section class='contact'><form><input name='name'><input name='email' type='email'>\
         <input name='phone' type='tel'><textarea name='msg'></textarea><button>{cta}</button></form>\
         <a href='mailto:info@plumber.example'>info@plumber.example</a></section></main>"
    ));
    page(
        lang,
        title,
        &format!("<link rel='canonical' href='{url}'>"),
        &body,
    )
}

fn article(lang: &str, url: &str, title: &str, author: &str, paragraphs: &[&str]) -> String {
    let head = format!(
        "<meta property='og:type' content='article'><meta name='author' content='{author}'>\
         <meta property='article:published_time' content='2025-04-02T08:00:00Z'><link rel='canonical' href='{url}'>"
    );
    let mut body = format!(
        "<main><article><h1>{title}</h1><p class='byline'>{author}, <time datetime='2025-04-02'>02.04.2025</time></p>"
    );
    for p in paragraphs {
        body.push_str(&format!("<p>{p}</p>"));
    }
    body.push_str("</article></main>");
    page(lang, title, &head, &body)
}

const EN_POSTS: &[(&str, &str)] = &[
    (
        "marta",
        "My kettle leaves white flakes in the water after a week, even with filtered water. Is descaling with vinegar safe for the heating plate, or will it damage the seal?",
    ),
    (
        "jo_k",
        "Citric acid works better than vinegar and leaves no smell. Run two cycles with clean water afterwards and the flakes should be gone for a month or so.",
    ),
    (
        "ole",
        "Same problem here with hard water in the north of town. A cheap jug filter helped more than any descaler, and the kettle stays clean much longer now.",
    ),
    (
        "marta",
        "Thanks both, I tried the citric acid last night and the plate is shiny again. I will get a jug filter as well and report back in a few weeks.",
    ),
];

const DE_POSTS: &[(&str, &str)] = &[
    (
        "mareike",
        "Mein Wasserkocher hinterlässt nach einer Woche weiße Flocken im Wasser, auch mit gefiltertem Wasser. Ist Entkalken mit Essig für die Heizplatte sicher?",
    ),
    (
        "jo_k",
        "Zitronensäure wirkt besser als Essig und riecht nicht. Danach zweimal mit klarem Wasser aufkochen, dann sind die Flocken für einen Monat weg.",
    ),
    (
        "ole",
        "Bei uns im Norden der Stadt ist das Wasser auch sehr hart. Ein einfacher Kannenfilter hat mehr geholfen als jedes Entkalkungsmittel, ehrlich gesagt.",
    ),
    (
        "mareike",
        "Danke euch beiden, ich habe die Zitronensäure gestern Abend ausprobiert und die Platte glänzt wieder. Ich berichte in ein paar Wochen.",
    ),
];

#[test]
fn forum_threads_are_told_in_english_and_german() {
    let en = forum(
        "en",
        "https://talk.example/t/kettle-flakes/4512",
        "White flakes in my kettle",
        EN_POSTS,
        "Reply",
    );
    let de = forum(
        "de",
        "https://forum.beispiel.de/thema/wasserkocher-flocken/4512",
        "Weiße Flocken im Wasserkocher",
        DE_POSTS,
        "Antworten",
    );
    for (lang, html) in [("en", en), ("de", de)] {
        let (kind, why) = kind_of(&html);
        assert_eq!(kind, PageType::Forum, "{lang}: {why:?}");
    }
}

#[test]
fn product_pages_are_told_in_english_and_french() {
    let en = product(
        "en",
        "https://shop.example/products/steel-kettle-1-7",
        "Steel kettle 1.7 l",
        "€49.90",
        "Add to cart",
        "A brushed steel kettle with a concealed element, a limescale filter and a base that turns all the way round.",
    );
    let fr = product(
        "fr",
        "https://boutique.exemple.fr/produit/bouilloire-acier-1-7",
        "Bouilloire en acier 1,7 l",
        "49,90 €",
        "Ajouter au panier",
        "Une bouilloire en acier brossé avec une résistance cachée, un filtre anticalcaire et un socle qui tourne sur lui-même.",
    );
    for (lang, html) in [("en", en), ("fr", fr)] {
        let (kind, why) = kind_of(&html);
        assert_eq!(kind, PageType::Product, "{lang}: {why:?}");
    }
}

#[test]
fn documentation_is_told_in_english_and_german() {
    let en = docs(
        "en",
        "https://kettle.example/docs/configuration",
        "Configuration",
        "Every setting of the kettle daemon can be set from the command line or from its configuration file.",
        &["Set the level", "Choose the unit", "Run it"],
    );
    let de = docs(
        "de",
        "https://kettle.example/de/docs/konfiguration",
        "Konfiguration",
        "Jede Einstellung des Dienstes lässt sich auf der Kommandozeile oder in der Konfigurationsdatei setzen.",
        &["Stufe setzen", "Einheit wählen", "Starten"],
    );
    for (lang, html) in [("en", en), ("de", de)] {
        let (kind, why) = kind_of(&html);
        assert_eq!(kind, PageType::Documentation, "{lang}: {why:?}");
    }
}

#[test]
fn listings_are_told_in_english_and_spanish() {
    let en = listing(
        "en",
        "https://news.example/tag/energy",
        "Energy",
        &[
            "Grid operators plan new storage",
            "Solar tariffs fall again",
        ],
        "Read more",
    );
    let es = listing(
        "es",
        "https://noticias.ejemplo.es/etiqueta/energia",
        "Energía",
        &[
            "Las redes planean nuevo almacenamiento",
            "Bajan otra vez las tarifas solares",
        ],
        "Leer más",
    );
    for (lang, html) in [("en", en), ("es", es)] {
        let (kind, why) = kind_of(&html);
        assert_eq!(kind, PageType::Listing, "{lang}: {why:?}");
    }
}

#[test]
fn company_pages_are_told_in_english_and_german() {
    let en = service(
        "en",
        "https://plumber.example/services/boiler-repair",
        "Boiler repair in Leeds",
        &[
            (
                "Same-day repairs",
                "Our engineers fix most boilers on the first visit, with parts for every common brand in the van.",
            ),
            (
                "Annual servicing",
                "A yearly service keeps your warranty valid and your bills down; we send a reminder when it is due.",
            ),
            (
                "Free quotes",
                "Tell us what is wrong and we will give you a fixed price before any work starts.",
            ),
        ],
        "Get a quote",
    );
    let de = service(
        "de",
        "https://installateur.beispiel.de/leistungen/heizungsreparatur",
        "Heizungsreparatur in Leipzig",
        &[
            (
                "Reparatur am selben Tag",
                "Unsere Monteure reparieren die meisten Heizungen beim ersten Besuch, mit Ersatzteilen für alle gängigen Marken.",
            ),
            (
                "Jährliche Wartung",
                "Eine jährliche Wartung erhält Ihre Garantie und senkt die Kosten; wir erinnern Sie rechtzeitig daran.",
            ),
            (
                "Kostenloses Angebot",
                "Beschreiben Sie uns das Problem, und Sie erhalten einen Festpreis, bevor die Arbeit beginnt.",
            ),
        ],
        "Angebot anfordern",
    );
    for (lang, html) in [("en", en), ("de", de)] {
        let (kind, why) = kind_of(&html);
        assert_eq!(kind, PageType::Service, "{lang}: {why:?}");
    }
}

#[test]
fn articles_stay_articles_in_english_german_and_french() {
    let en = [
        "The city council voted on Tuesday to close the old river bridge to cars from June, after engineers found cracks in two of its piers during the spring inspection.",
        "Buses and bicycles will still cross while a temporary steel deck is built beside it, the council said, and the work is expected to take at least eighteen months.",
        "Shop owners on both banks said they feared losing customers, while residents of the narrow streets nearby welcomed the end of the through traffic they have complained about for years.",
        "The council will hold a public meeting on the detour routes next week, and the plans will be on show in the library until the end of the month.",
    ];
    let de = [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Flussbrücke ab Juni für Autos zu sperren, nachdem Ingenieure bei der Frühjahrsprüfung Risse in zwei Pfeilern gefunden hatten.",
        "Busse und Fahrräder dürfen die Brücke weiter nutzen, während daneben eine provisorische Stahlbrücke entsteht; die Arbeiten sollen mindestens achtzehn Monate dauern.",
        "Geschäftsleute auf beiden Ufern befürchten, Kunden zu verlieren, während Anwohner der engen Straßen das Ende des Durchgangsverkehrs begrüßen, über den sie seit Jahren klagen.",
        "Der Stadtrat lädt nächste Woche zu einer Bürgerversammlung über die Umleitungen ein, und die Pläne liegen bis Monatsende in der Bibliothek aus.",
    ];
    let fr = [
        "Le conseil municipal a voté mardi la fermeture aux voitures du vieux pont sur la rivière à partir de juin, après que des ingénieurs ont trouvé des fissures dans deux de ses piles.",
        "Les bus et les vélos pourront toujours passer pendant la construction d'un tablier provisoire en acier à côté, et les travaux devraient durer au moins dix-huit mois.",
        "Les commerçants des deux rives craignent de perdre des clients, tandis que les habitants des rues étroites voisines saluent la fin d'une circulation dont ils se plaignent depuis des années.",
        "Le conseil tiendra la semaine prochaine une réunion publique sur les déviations, et les plans seront exposés à la bibliothèque jusqu'à la fin du mois.",
    ];
    let pages = [
        article(
            "en",
            "https://news.example/2025/04/02/river-bridge-closes",
            "River bridge to close to cars",
            "Ann Lee",
            &en,
        ),
        article(
            "de",
            "https://zeitung.beispiel.de/lokales/2025/04/flussbruecke-wird-gesperrt",
            "Flussbrücke wird für Autos gesperrt",
            "Jens Maier",
            &de,
        ),
        article(
            "fr",
            "https://journal.exemple.fr/2025/04/02/le-pont-ferme-aux-voitures",
            "Le vieux pont fermé aux voitures",
            "Claire Roux",
            &fr,
        ),
    ];
    for (i, html) in pages.iter().enumerate() {
        let (kind, why) = kind_of(html);
        assert_eq!(kind, PageType::Article, "page {i}: {why:?}");
    }
}
