//! Ingredient lists of recipe pages: the units and shapes that tell an ingredient line from a menu line.

/// Units of measure that follow the quantity at the start of a recipe's ingredient line (`125 g Mehl`,
/// `2 tbsp oil`, `1 c. à s. d'huile`). Lowercase, without a trailing full stop; a unit glued to its number
/// (`120g`) is told apart by shape. Per language: en, de, fr, es, it, pt, nl, pl, ru, uk, tr.
pub const RECIPE_UNITS: &[&str] = &[
    // metric, everywhere
    "g",
    "gr",
    "kg",
    "mg",
    "ml",
    "cl",
    "dl",
    "l",
    "cm",
    // en
    "tbsp",
    "tbs",
    "tsp",
    "cup",
    "cups",
    "oz",
    "lb",
    "lbs",
    "pinch",
    "dash",
    "dashes",
    "clove",
    "cloves",
    "can",
    "cans",
    "slice",
    "slices",
    "tablespoon",
    "tablespoons",
    "teaspoon",
    "teaspoons",
    "pound",
    "pounds",
    "ounce",
    "ounces",
    "pint",
    "pints",
    "stick",
    "sticks",
    "handful",
    "bunch",
    // de
    "el",
    "tl",
    "msp",
    "pck",
    "päckchen",
    "pkg",
    "prise",
    "prisen",
    "dose",
    "dosen",
    "dose/n",
    "becher",
    "stück",
    "stk",
    "bund",
    "zehe",
    "zehen",
    "scheibe",
    "scheiben",
    "spritzer",
    "tasse",
    "tassen",
    "glas",
    "handvoll",
    "zweig",
    "zweige",
    "blatt",
    // fr
    "c",
    "càs",
    "càc",
    "cs",
    "cc",
    "cuillère",
    "cuillères",
    "pincée",
    "pincées",
    "gousse",
    "gousses",
    "sachet",
    "sachets",
    "verre",
    "verres",
    "tranche",
    "tranches",
    "boîte",
    // es, pt
    "cucharada",
    "cucharadas",
    "cucharadita",
    "cucharaditas",
    "taza",
    "tazas",
    "diente",
    "dientes",
    "pizca",
    "colher",
    "colheres",
    "xícara",
    "xícaras",
    "dente",
    "dentes",
    "pitada",
    // it
    "cucchiaio",
    "cucchiai",
    "cucchiaino",
    "cucchiaini",
    "spicchio",
    "spicchi",
    "bicchiere",
    "bustina",
    "pizzico",
    // nl
    "eetlepel",
    "eetlepels",
    "theelepel",
    "theelepels",
    "snufje",
    "teen",
    "teentjes",
    "blik",
    // pl
    "łyżka",
    "łyżki",
    "łyżek",
    "łyżeczka",
    "łyżeczki",
    "szklanka",
    "szklanki",
    "ząbek",
    "ząbki",
    "szczypta",
    "opakowanie",
    // ru, uk
    "ст",
    "ч",
    "стакан",
    "стакана",
    "зубчик",
    "зубчика",
    "щепотка",
    "шт",
    "склянка",
    "зубчики",
    // tr
    "yemek",
    "çay",
    "su",
    "adet",
    "diş",
    "tutam",
    "paket",
];

/// Quantity lines a block needs to be an ingredient list, and how many of them must name a unit: two
/// lines with numbers are a date and a score as often as a list. Set by reading recipe dumps.
pub const RECIPE_MIN_ITEMS: usize = 3;

/// See `RECIPE_MIN_ITEMS`.
pub const RECIPE_MIN_UNITS: usize = 2;

/// An ingredient line is short: a quantity, a unit, a name and perhaps a note.
pub const RECIPE_ITEM_MAX_CHARS: usize = 90;

/// Lines without a quantity (`Salt`, `Für den Teig:`) a list may hold in a row between its items.
pub const RECIPE_MAX_GAP: usize = 2;

/// Bullets an author types before list items (see `text::lists::mark_bullets`). `►` and `▸` are left out: blog
/// archives print them before every year and month.
pub const BULLETS: &[char] = &['-', '–', '—', '•', '*', '+', '·', '▪'];
/// A typed list has at least this many items. Set by reading: two dashed lines are as often a dialogue.
pub const BULLET_MIN_ITEMS: usize = 3;
/// Words an item of a typed list has on average, at least: the dashed menus of the dev dumps average one or
/// two, the lists of articles four and more. Set by reading.
pub const BULLET_MIN_WORDS: f32 = 3.0;
/// A numbered heading (`Step 3`, `Schritt 3`, `Étape 3`) has at most this many words, the number included.
pub const NUMBERED_HEADING_MAX_WORDS: usize = 3;
/// Lines within which the heading numbered one less or one more must stand: a section holds a sentence or
/// two, a caption and its credit. Set by reading.
pub const NUMBERED_HEADING_REACH: usize = 8;
/// A numbered heading counts at most to this: higher numbers are years (`Archiv 2019`) or prices.
pub const NUMBERED_HEADING_MAX: u32 = 99;
