//! The commonest function words per language: prose is dense with them, menus and link lists are not.
//!
//! Only the most frequent forms are listed (from general frequency lists, trimmed to words that are rare in
//! navigation labels). zh and ja have no spaces to split words on; their prose is told by its punctuation
//! instead (see `text` tuning).

/// `(language, words)`, lowercase.
pub const STOPWORDS: &[(&str, &[&str])] = &[
    ("en", &[
        "the", "of", "and", "to", "a", "in", "is", "that", "it", "was", "for", "on", "are", "as", "with",
        "his", "they", "at", "be", "this", "have", "from", "or", "had", "by", "but", "not", "what", "all",
        "were", "we", "when", "your", "can", "said", "there", "an", "which", "she", "do", "their", "if",
        "will", "how", "has", "been", "would", "who", "its", "than", "them", "these", "so", "some", "her",
        "he", "i", "my", "you", "more", "into", "our", "also", "one", "about", "after", "while", "where",
    ]),
    ("de", &[
        "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
        "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat",
        "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über",
        "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch",
        "man", "dann", "ich", "wir", "wenn", "doch", "schon", "kann",
    ]),
    ("fr", &[
        "de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans",
        "a", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "aux", "avec", "son", "ses",
        "mais", "comme", "on", "ou", "nous", "elle", "été", "cette", "leur", "sa", "ont", "je", "vous",
        "y", "lui", "être", "fait", "aussi", "très", "tout", "sans", "entre",
    ]),
    ("es", &[
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con",
        "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "fue", "este",
        "ha", "sí", "porque", "esta", "son", "entre", "cuando", "muy", "sin", "sobre", "ser", "también",
        "me", "hasta", "hay", "donde", "han", "desde", "todo", "nos", "durante", "ni", "era", "está",
    ]),
    ("it", &[
        "di", "e", "il", "la", "che", "a", "in", "per", "un", "del", "non", "è", "una", "le", "si", "con",
        "della", "i", "al", "da", "dei", "gli", "lo", "come", "ma", "più", "nel", "alla", "anche", "sono",
        "ha", "delle", "questo", "nella", "su", "sua", "suo", "o", "se", "tra", "loro", "ci", "mi", "era",
        "dal", "degli", "stato", "quando", "molto", "così", "essere",
    ]),
    ("pt", &[
        "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no",
        "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu",
        "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "eu", "também", "só", "pelo",
        "pela", "até", "isso", "ela", "entre", "era", "depois", "sem", "mesmo", "são",
    ]),
    ("nl", &[
        "de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet",
        "die", "aan", "er", "om", "ook", "als", "maar", "bij", "of", "uit", "nog", "worden", "door", "naar",
        "dan", "wat", "je", "ik", "wordt", "werd", "hij", "ze", "zich", "wel", "al", "tot", "heeft", "kan",
        "geen", "was", "meer", "hebben", "over", "we", "deze", "wij",
    ]),
    ("pl", &[
        "i", "w", "się", "na", "nie", "z", "do", "to", "że", "jest", "o", "jak", "a", "po", "co", "tak",
        "za", "od", "ale", "jego", "przez", "czy", "już", "jej", "są", "tym", "dla", "może", "być", "ich",
        "tylko", "bardzo", "jeszcze", "też", "był", "była", "było", "które", "który", "która", "lub",
        "tego", "przy", "ze", "bo", "jednak", "gdy", "oraz", "jako",
    ]),
    ("ru", &[
        "и", "в", "не", "на", "что", "с", "по", "как", "это", "а", "он", "к", "но", "из", "у", "за", "от",
        "его", "о", "то", "же", "для", "так", "все", "она", "был", "была", "были", "было", "бы", "их",
        "только", "еще", "ещё", "уже", "или", "при", "если", "до", "когда", "они", "мы", "вы", "я",
        "который", "которые", "этого", "этом", "также", "может", "чтобы", "там", "где",
    ]),
    ("uk", &[
        "і", "й", "в", "у", "не", "на", "що", "з", "із", "по", "як", "це", "а", "він", "до", "але", "від",
        "його", "про", "та", "за", "для", "так", "все", "вона", "був", "була", "були", "було", "б", "їх",
        "тільки", "ще", "вже", "або", "при", "якщо", "коли", "вони", "ми", "ви", "я", "який", "які",
        "також", "може", "щоб", "там", "де", "має", "ця", "цей",
    ]),
    ("tr", &[
        "ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "gibi", "daha", "olan", "ne", "ama",
        "o", "en", "her", "sonra", "kadar", "ki", "mi", "mı", "olduğu", "değil", "var", "yok", "ya", "veya",
        "şey", "ise", "göre", "hem", "ancak", "bunu", "onun", "tarafından", "oldu", "ben", "biz", "siz",
        "onlar", "çünkü", "eğer", "şu", "tüm", "bütün", "nasıl", "neden",
    ]),
    ("cs", &[
        "a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "o", "jako", "ale", "by", "k", "pro",
        "jsou", "jsem", "jeho", "které", "který", "která", "po", "tak", "jak", "už", "také", "nebo", "při",
        "byl", "byla", "bylo", "když", "jen", "od", "ve", "ze",
    ]),
    ("sv", &[
        "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
        "inte", "om", "ett", "han", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "man", "när",
        "år", "hon", "också", "efter", "eller",
    ]),
];
