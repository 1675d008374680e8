//! Words and phrases that mark a line of a page dump as the page's furniture rather than its article.
//!
//! Three kinds, because they act differently:
//! - `UI_LINES`: a line that is nothing but one of these (menus, buttons, share bars) is dropped wherever it is;
//! - `UI_PHRASES`: a short line containing one of these (cookie notices, copyright, newsletter boxes) is dropped;
//! - `END_MARKERS`: a heading-like line with one of these ends the article (related lists, comments) when it
//!   comes after the article's prose.
//! All lowercase; matching folds case.

/// Whole-line UI labels, by language.
pub const UI_LINES: &[&str] = &[
    // en
    "home", "menu", "search", "search form", "login", "log in", "log out", "logout", "sign in", "sign up",
    "sign out", "register", "subscribe", "subscribe now", "share", "share this", "share on facebook",
    "share on twitter", "tweet", "facebook", "twitter", "x", "pinterest", "linkedin", "instagram", "youtube",
    "whatsapp", "telegram", "reddit", "tumblr", "email", "e-mail", "print", "reply", "comment", "comments",
    "read more", "continue reading", "more", "next", "previous", "next post", "previous post", "back",
    "back to top", "top", "skip to content", "skip to main content", "jump to navigation", "close", "open",
    "toggle navigation", "navigation", "main menu", "contact", "contact us", "about", "about us", "faq",
    "help", "careers", "advertise", "advertisement", "sponsored", "privacy", "privacy policy", "terms",
    "terms of use", "terms of service", "sitemap", "rss", "newsletter", "donate", "shop", "cart", "account",
    "my account", "like", "follow", "follow us", "load more", "show more", "view all", "see all", "tags",
    "categories", "category", "archives", "recent posts", "popular", "trending", "latest", "latest news",
    "you are here", "loading", "loading...", "print this page", "copy link", "copied", "cancel", "submit",
    "go", "ok", "accept", "decline", "related", "video", "photos", "podcast", "weather", "sports", "news",
    // de
    "startseite", "suche", "suchen", "anmelden", "abmelden", "registrieren", "abonnieren", "teilen",
    "drucken", "kommentare", "kommentar", "antworten", "mehr", "mehr lesen", "weiterlesen", "zurück",
    "weiter", "nach oben", "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "werbung",
    "anzeige", "schließen", "newsletter abonnieren", "mein konto", "warenkorb", "nachrichten",
    // fr
    "accueil", "rechercher", "recherche", "connexion", "se connecter", "déconnexion", "s'abonner",
    "s’abonner", "abonnez-vous", "partager", "imprimer", "commentaires", "commenter", "répondre",
    "lire la suite", "lire plus", "suivant", "précédent", "retour", "haut de page", "mentions légales",
    "fermer", "publicité", "mon compte", "panier", "actualités",
    // es
    "inicio", "buscar", "búsqueda", "iniciar sesión", "cerrar sesión", "regístrate", "registrarse",
    "suscríbete", "suscribirse", "compartir", "imprimir", "comentarios", "comentar", "responder",
    "leer más", "seguir leyendo", "siguiente", "anterior", "volver", "cerrar", "publicidad", "mi cuenta",
    "aviso legal", "contacto", "noticias",
    // it
    "cerca", "accedi", "registrati", "iscriviti", "abbonati", "condividi", "stampa", "commenti",
    "commenta", "rispondi", "leggi tutto", "leggi di più", "continua a leggere", "successivo",
    "precedente", "indietro", "chiudi", "pubblicità", "contatti", "il mio account", "notizie",
    // pt
    "início", "pesquisar", "buscar", "entrar", "sair", "cadastre-se", "assine", "assinar",
    "compartilhar", "partilhar", "imprimir", "comentários", "comentar", "responder", "leia mais",
    "ler mais", "continue lendo", "próximo", "anterior", "voltar", "fechar", "publicidade", "contato",
    "contacto", "minha conta", "notícias",
    // nl
    "zoeken", "inloggen", "uitloggen", "registreren", "abonneren", "delen", "printen", "afdrukken",
    "reacties", "reageren", "lees meer", "verder lezen", "volgende", "vorige", "terug", "sluiten",
    "adverteren", "advertentie", "nieuws",
    // pl
    "strona główna", "szukaj", "wyszukaj", "zaloguj", "zaloguj się", "wyloguj", "zarejestruj się",
    "subskrybuj", "udostępnij", "drukuj", "komentarze", "skomentuj", "odpowiedz", "czytaj więcej",
    "czytaj dalej", "następny", "poprzedni", "wróć", "zamknij", "reklama", "kontakt", "wiadomości",
    // ru
    "главная", "поиск", "найти", "войти", "вход", "выход", "регистрация", "подписаться", "поделиться",
    "печать", "распечатать", "комментарии", "комментировать", "ответить", "читать далее", "подробнее",
    "далее", "назад", "закрыть", "реклама", "контакты", "новости", "меню",
    // uk
    "головна", "пошук", "увійти", "вихід", "реєстрація", "підписатися", "поділитися", "друк",
    "коментарі", "коментувати", "відповісти", "читати далі", "детальніше", "назад", "закрити",
    "реклама", "контакти", "новини", "меню",
    // tr
    "ana sayfa", "anasayfa", "ara", "arama", "giriş", "giriş yap", "çıkış", "üye ol", "kayıt ol",
    "abone ol", "paylaş", "yazdır", "yorumlar", "yorum yap", "yanıtla", "devamını oku", "devamı",
    "sonraki", "önceki", "geri", "kapat", "reklam", "iletişim", "haberler",
    // zh
    "首页", "搜索", "登录", "注册", "退出", "订阅", "分享", "打印", "评论", "回复", "阅读更多", "更多",
    "下一篇", "上一篇", "返回", "返回顶部", "关闭", "广告", "联系我们", "关于我们", "新闻",
    // ja
    "ホーム", "トップ", "検索", "ログイン", "ログアウト", "会員登録", "新規登録", "購読", "シェア",
    "ツイート", "印刷", "コメント", "返信", "続きを読む", "もっと見る", "次へ", "前へ", "次の記事",
    "前の記事", "戻る", "トップへ戻る", "閉じる", "広告", "お問い合わせ", "ニュース",
];

/// Phrases that make a short line furniture, by language.
pub const UI_PHRASES: &[&str] = &[
    // en
    "all rights reserved", "cookie", "privacy policy", "terms of use", "terms of service",
    "terms and conditions", "sign up for", "subscribe to our", "subscribe to the", "newsletter",
    "follow us on", "share on", "share this", "click here", "log in to", "sign in to", "already a subscriber",
    "skip to", "powered by", "copyright", "this site uses", "this website uses", "you may also like",
    "related articles", "related posts", "recommended for you", "most popular", "most read",
    "javascript", "your browser", "download the app", "leave a comment", "leave a reply",
    "your email address will not be published", "required fields are marked", "akismet",
    "notify me of", "save my name", "e-mail-adresse wird nicht veröffentlicht", "pflichtfelder",
    "adresse e-mail ne sera pas publiée", "correo electrónico no será publicada",
    "email non verrà pubblicato", "e-mail não será publicado", "e-mailadres wordt niet gepubliceerd",
    "adres e-mail nie zostanie opublikowany", "ваш адрес email не будет опубликован",
    "posted in", "filed under", "view all posts", "minute read", "min read", "reading time",
    // de
    "alle rechte vorbehalten", "datenschutzerklärung", "nutzungsbedingungen", "newsletter abonnieren",
    "folgen sie uns", "jetzt anmelden", "jetzt abonnieren", "das könnte sie auch interessieren",
    "ähnliche beiträge", "ähnliche artikel", "weitere artikel", "meistgelesen", "lesezeit",
    // fr
    "tous droits réservés", "politique de confidentialité", "conditions générales", "inscrivez-vous",
    "abonnez-vous", "suivez-nous", "à lire aussi", "lire aussi", "articles similaires", "sur le même sujet",
    "temps de lecture",
    // es
    "todos los derechos reservados", "política de privacidad", "aviso legal", "política de cookies",
    "síguenos", "suscríbete", "te puede interesar", "noticias relacionadas", "artículos relacionados",
    "lo más leído", "tiempo de lectura",
    // it
    "tutti i diritti riservati", "informativa sulla privacy", "privacy policy", "seguici su", "iscriviti",
    "potrebbe interessarti", "articoli correlati", "leggi anche", "i più letti", "tempo di lettura",
    // pt
    "todos os direitos reservados", "política de privacidade", "termos de uso", "siga-nos", "assine",
    "leia também", "veja também", "artigos relacionados", "mais lidas", "tempo de leitura",
    // nl
    "alle rechten voorbehouden", "privacybeleid", "gebruiksvoorwaarden", "volg ons", "lees ook",
    "gerelateerde artikelen", "meest gelezen", "leestijd",
    // pl
    "wszelkie prawa zastrzeżone", "polityka prywatności", "regulamin", "obserwuj nas", "zobacz też",
    "zobacz także", "czytaj też", "czytaj także", "podobne artykuły", "najczęściej czytane",
    // ru
    "все права защищены", "политика конфиденциальности", "пользовательское соглашение",
    "подписывайтесь", "читайте также", "похожие статьи", "самое читаемое", "использование материалов",
    "мы в соцсетях",
    // uk
    "всі права захищені", "усі права захищені", "політика конфіденційності", "підписуйтесь",
    "читайте також", "схожі статті", "найпопулярніше",
    // tr
    "tüm hakları saklıdır", "gizlilik politikası", "çerez", "kullanım koşulları", "bizi takip edin",
    "ilgili haberler", "benzer haberler", "en çok okunan", "bunlar da ilginizi",
    // zh
    "版权所有", "隐私政策", "用户协议", "相关文章", "相关阅读", "热门文章", "扫一扫", "关注我们",
    "免责声明", "cookies",
    // ja
    "著作権", "無断転載", "プライバシーポリシー", "利用規約", "関連記事", "人気記事", "フォローする",
    "クッキー",
];

/// Headings after which a page's article is over: related lists, comments, author boxes.
pub const END_MARKERS: &[&str] = &[
    // en
    "related articles", "related posts", "related stories", "related", "you may also like",
    "you might also like", "more from", "more stories", "read next",
    "comments", "leave a reply", "leave a comment", "add a comment", "join the conversation",
    "about the author", "share this", "share this article", "share this post", "most popular",
    "most read", "responses", "post navigation", "previous post", "next post", "previous article",
    "next article", "related topics", "see also", "more articles", "more on this", "recent posts",
    "you may be interested", "about me", "tags", "share", "share on", "write a comment",
    // de
    "ähnliche beiträge", "ähnliche artikel", "das könnte sie auch interessieren", "mehr zum thema",
    "kommentare", "kommentar schreiben", "hinterlasse einen kommentar", "über den autor",
    "weitere artikel", "meistgelesen", "diesen beitrag teilen", "das könnte dich auch interessieren",
    "das thema könnte dich auch interessieren", "auch interessant", "weitere beiträge", "empfehlungen",
    "vorheriger beitrag", "nächster beitrag", "über mich", "über die autorin", "schlagwörter",
    "schreibe einen kommentar", "kommentar verfassen", "antwort hinterlassen", "teilen", "neueste beiträge",
    // fr
    "articles similaires", "à lire aussi", "sur le même sujet", "commentaires",
    "laisser un commentaire", "laisser une réponse", "à propos de l'auteur", "les plus lus",
    // es
    "artículos relacionados", "noticias relacionadas", "te puede interesar", "comentarios",
    "deja un comentario", "deja una respuesta", "sobre el autor", "lo más leído",
    // it
    "articoli correlati", "potrebbe interessarti", "commenti", "lascia un commento",
    "lascia una risposta", "l'autore", "i più letti",
    // pt
    "artigos relacionados", "leia também", "veja também", "comentários", "deixe um comentário",
    "deixe uma resposta", "sobre o autor", "mais lidas",
    // nl
    "gerelateerde artikelen", "lees ook", "reacties", "laat een reactie achter", "over de auteur",
    "meest gelezen",
    // pl
    "podobne artykuły", "zobacz też", "zobacz także", "komentarze", "dodaj komentarz",
    "najczęściej czytane", "o autorze",
    // ru
    "похожие статьи", "читайте также", "комментарии", "оставить комментарий", "добавить комментарий",
    "об авторе", "самое читаемое", "похожие новости",
    // uk
    "схожі статті", "читайте також", "коментарі", "залишити коментар", "додати коментар", "про автора",
    // tr
    "ilgili haberler", "benzer haberler", "yorumlar", "yorum yap", "bunlar da ilginizi çekebilir",
    "en çok okunanlar",
    // zh
    "相关文章", "相关阅读", "相关新闻", "发表评论", "评论", "猜你喜欢", "热门文章",
    // ja
    "関連記事", "コメント", "コメントを残す", "人気記事", "あわせて読みたい",
];

/// Fragments of icon-font class names that scrapers leave in the text as words (`chevron downicon`).
pub const ICON_TOKENS: &[&str] = &["icon", "chevron", "bicon", "fa-", "glyph", "svg", "arrow"];

/// Words for comments: a short line with one of these and a count (`There are 13 comments`) ends the article.
pub const COMMENT_WORDS: &[&str] = &[
    "comment", "comments", "responses", "replies", "kommentare", "kommentar", "commentaires",
    "comentarios", "commenti", "comentários", "reacties", "komentarze", "komentarzy", "комментарии",
    "комментариев", "коментарі", "коментарів", "yorum", "yorumlar", "评论", "コメント",
];

/// Cookie-consent boxes: a line naming cookies together with one of these words is the consent box, however
/// long (an article about baking cookies names no browser or consent).
pub const COOKIE_WORDS: &[&str] = &["cookie", "çerez", "файлы cookie"];
/// See `COOKIE_WORDS`.
pub const CONSENT_CONTEXT: &[&str] = &[
    "website", "webseite", "browser", "consent", "einwilligung", "zustimmung", "datenschutz", "privacy",
    "tracking", "analytics", "our site", "this site", "site web", "navigateur", "consentement",
    "navegador", "consentimiento", "sitio web", "sito", "consenso", "navegação", "toestemming",
    "przeglądar", "zgod", "браузер", "сайт", "tarayıcı", "web sitesi", "einstellungen", "settings",
    "paramètres", "configuración", "impostazioni", "instellingen", "ustawienia",
];
