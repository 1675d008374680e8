//! Image captions and their credits by language: caption openers, credit markers, photo agencies.

/// Openers of a caption line (`File photo: …`, `Foto: …`), lowercase. The opener stays in the caption: it is
/// part of what the page wrote.
pub const CAPTION_OPENERS: &[&str] = &[
    "file photo:", "photo:", "pictured:", "image:", "picture:", "photograph:", "illustration:",
    "foto:", "bild:", "archivbild:", "archivfoto:", "photo d'archive :", "photo :", "image :",
    "imagen:", "foto de archivo:", "immagine:", "foto d'archivio:", "imagem:", "afbeelding:",
    "zdjęcie:", "fot.", "фото:", "фото ", "фото из архива:", "світлина:", "fotoğraf:", "görsel:",
    "图片：", "图：", "资料图：", "写真：", "画像：",
];

/// Markers that open the credit inside or at the end of a caption, lowercase, longest first where they
/// overlap. The marker itself is not part of the credit.
pub const CREDIT_MARKERS: &[&str] = &[
    "photo credit:", "image credit:", "picture credit:", "credit:", "credits:", "photo by ",
    "photograph by ", "image by ", "picture by ", "photo:", "photos:", "foto:", "fotos:", "bild:",
    "bildquelle:", "quelle:", "crédit photo :", "crédit photo:", "crédits photo :", "crédit :",
    "crédit:", "fuente:", "fonte:", "créditos:", "źródło:", "fot.", "источник:", "фото:", "джерело:",
    "kaynak:", "fotoğraf:", "来源：", "图片来源：", "摄影：", "写真：", "提供：", "©", "(c) ",
];

/// Photo agencies and stock libraries whose name in a short line marks it as a credit.
pub const AGENCIES: &[&str] = &[
    "getty images", "reuters", "afp", "associated press", "ap photo", "epa", "efe", "dpa",
    "picture alliance", "picture-alliance", "shutterstock", "istock", "alamy", "ansa", "europa press",
    "tass", "тасс", "риа новости", "sputnik", "спутник", "anadolu", "xinhua", "新华社", "kyodo",
    "共同通信", "pap", "anp", "belga", "keystone", "sopa images", "lightrocket", "nurphoto", "bloomberg",
    "imago", "wikimedia commons", "unsplash", "pexels", "pixabay", "depositphotos", "123rf", "dreamstime",
    "adobe stock", "ullstein bild", "zuma press", "abaca", "lusa", "agência brasil", "ukrinform",
    "укрінформ", "униан", "уніан", "ria novosti", "ihlas", "dha",
];
