//! The learned part of the page type: a multinomial logistic regression over `features::vector`, one for
//! HTML pages and one for text dumps (a dump shows no markup, so its evidence weighs differently). Trained by
//! `scripts/train-page-types.py` on features `sift eval --page-features` dumps; the weights ship as text files in
//! `assets/` and are parsed once, on first use (well under a millisecond).
//!
//! File format, one record a line, fields separated by spaces: `features NAME...` (must equal
//! `features::NAMES`), `mean X...` and `scale X...` (the standardisation, one value a feature), then per type
//! `class TYPE BIAS W...`. Lines starting with `#` are comments.

use super::features;
use crate::record::PageType;
use std::sync::LazyLock;

/// A standardised feature is held within ±LIMIT: a value rare in training (a signal one page in a thousand
/// showed) has a tiny spread, and unbounded it would let that one signal outweigh all the others.
pub const LIMIT: f32 = 4.0;

/// One trained model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    mean: Vec<f32>,
    scale: Vec<f32>,
    /// Per type: its bias and one weight a feature.
    classes: Vec<(PageType, f32, Vec<f32>)>,
}

/// What a page's features make of it: the type, its probability, and the features that spoke most for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub kind: PageType,
    pub probability: f32,
    pub strongest: Vec<&'static str>,
}

static HTML: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::parse(include_str!("../../../assets/page-types-html.model")).ok());
static TEXT: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::parse(include_str!("../../../assets/page-types-text.model")).ok());

/// The model for pages with markup, or for text dumps; `None` when its file does not parse (then the hand
/// rules decide alone).
pub fn for_markup(markup: bool) -> Option<&'static Model> {
    if markup { HTML.as_ref() } else { TEXT.as_ref() }
}

fn numbers(rest: &[&str], what: &str) -> Result<Vec<f32>, String> {
    rest.iter()
        .map(|x| {
            x.parse::<f32>()
                .map_err(|_| format!("{what}: `{x}` is no number"))
        })
        .collect()
}

impl Model {
    /// Reads a model file; an error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Model, String> {
        let n = features::NAMES.len();
        let (mut mean, mut scale, mut classes, mut named) = (None, None, Vec::new(), false);
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts[0] {
                "features" => {
                    if parts[1..] != *features::NAMES {
                        return Err("its features are not the ones the code computes".into());
                    }
                    named = true;
                }
                "mean" => mean = Some(numbers(&parts[1..], "mean")?),
                "scale" => scale = Some(numbers(&parts[1..], "scale")?),
                "class" if parts.len() == n + 3 => {
                    let kind = PageType::KNOWN
                        .into_iter()
                        .find(|k| k.as_str() == parts[1])
                        .ok_or_else(|| format!("unknown page type `{}`", parts[1]))?;
                    let w = numbers(&parts[2..], "class")?;
                    classes.push((kind, w[0], w[1..].to_vec()));
                }
                other => return Err(format!("unexpected line `{other} …`")),
            }
        }
        let (Some(mean), Some(scale)) = (mean, scale) else {
            return Err("no mean or scale line".into());
        };
        if !named || mean.len() != n || scale.len() != n || classes.len() < 2 {
            return Err("features, mean, scale or classes missing or of the wrong length".into());
        }
        Ok(Model {
            mean,
            scale,
            classes,
        })
    }

    /// The most probable type for feature vector `x` (of `features::NAMES.len()` values).
    pub fn judge(&self, x: &[f32]) -> Verdict {
        let z: Vec<f32> = x
            .iter()
            .zip(self.mean.iter().zip(&self.scale))
            // An unknown value (NaN) sits at the mean.
            .map(|(x, (m, s))| {
                if x.is_nan() {
                    0.0
                } else {
                    ((x - m) / s).clamp(-LIMIT, LIMIT)
                }
            })
            .collect();
        let logits: Vec<f32> = self
            .classes
            .iter()
            .map(|(_, b, w)| b + w.iter().zip(&z).map(|(w, z)| w * z).sum::<f32>())
            .collect();
        let top = logits.iter().copied().fold(f32::MIN, f32::max);
        let exp: Vec<f32> = logits.iter().map(|l| (l - top).exp()).collect();
        let sum: f32 = exp.iter().sum();
        let best = logits.iter().position(|l| *l == top).unwrap_or_default();
        let (kind, _, w) = &self.classes[best];
        // The features that pushed this type up the most, beside the page's others.
        let mut pushes: Vec<(f32, &'static str)> = w
            .iter()
            .zip(&z)
            .zip(features::NAMES)
            .map(|((w, z), name)| (w * z, *name))
            .filter(|(p, _)| *p > 0.5)
            .collect();
        pushes.sort_by(|a, b| b.0.total_cmp(&a.0));
        Verdict {
            kind: *kind,
            probability: exp[best] / sum,
            strongest: pushes.into_iter().take(3).map(|(_, n)| n).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-type model over the real feature names: type `forum` when `marked_posts` is high.
    fn tiny() -> String {
        let n = features::NAMES.len();
        let k = features::NAMES
            .iter()
            .position(|f| *f == "marked_posts")
            .unwrap();
        let zeros = vec!["0"; n].join(" ");
        let ones = vec!["1"; n].join(" ");
        let mut w = vec!["0"; n];
        w[k] = "2";
        format!(
            "# a comment\nfeatures {}\nmean {zeros}\nscale {ones}\nclass article 0 {zeros}\nclass forum -2 {}\n",
            features::NAMES.join(" "),
            w.join(" ")
        )
    }

    #[test]
    fn a_model_file_is_read_and_judges_by_its_weights() {
        let m = Model::parse(&tiny()).unwrap();
        let n = features::NAMES.len();
        let k = features::NAMES
            .iter()
            .position(|f| *f == "marked_posts")
            .unwrap();
        let mut x = vec![0.0; n];
        assert_eq!(m.judge(&x).kind, PageType::Article);
        x[k] = 3.0;
        let v = m.judge(&x);
        assert_eq!(v.kind, PageType::Forum);
        // logits 0 and -2 + 6 = 4: p = 1 / (1 + e^-4).
        assert!((v.probability - 1.0 / (1.0 + (-4f32).exp())).abs() < 1e-5);
        assert_eq!(v.strongest, vec!["marked_posts"]);
    }

    #[test]
    fn a_broken_model_file_says_what_is_wrong() {
        let t = tiny();
        let err = Model::parse(&t.replace("class forum", "class blog")).unwrap_err();
        assert!(err.contains("blog"), "{err}");
        let err = Model::parse(&t.replacen("mean 0", "mean x", 1)).unwrap_err();
        assert!(err.contains("no number"), "{err}");
        assert!(Model::parse(&t.replace("class forum", "weights forum")).is_err());
        assert!(Model::parse("").is_err());
    }
}
