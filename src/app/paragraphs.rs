//! The body's paragraphs and the raw blocks each came from, so the raw and cleaned panes can follow each other.

/// The body's paragraphs (separated by blank lines), trimmed, empty ones left out.
pub fn paragraphs(body: &str) -> Vec<&str> {
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// For each paragraph, the blocks it came from. When the body is what the kept blocks give (`follows`), the
/// n-th paragraph is the n-th kept block; after hand edits, a paragraph is matched to the blocks whose text it
/// is or holds, searching on from the last match so repeated lines pair up in order.
pub fn blocks_of(
    blocks: &[crate::extract::Block],
    paras: &[&str],
    follows: bool,
) -> Vec<Vec<usize>> {
    if follows {
        return blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.is_body() && !b.text.trim().is_empty())
            .map(|(i, _)| vec![i])
            .collect();
    }
    let mut from = 0;
    paras
        .iter()
        .map(|p| {
            let exact = (from..blocks.len()).find(|i| blocks[*i].text.trim() == *p);
            if let Some(i) = exact {
                from = i + 1;
                return vec![i];
            }
            let held: Vec<usize> = (from..blocks.len())
                .filter(|i| {
                    let t = blocks[*i].text.trim();
                    t.len() >= 12 && p.contains(t)
                })
                .collect();
            if let Some(last) = held.last() {
                from = last + 1;
            }
            held
        })
        .collect()
}

/// The paragraph block `b` is in, else the first paragraph after it (a dropped line sits before that one).
pub fn paragraph_of(map: &[Vec<usize>], b: usize) -> Option<usize> {
    map.iter()
        .position(|bs| bs.contains(&b))
        .or_else(|| map.iter().position(|bs| bs.first().is_some_and(|f| *f > b)))
        .or_else(|| map.len().checked_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Block, Role};

    fn block(text: &str, role: Role) -> Block {
        Block {
            text: text.into(),
            role,
            line: 0,
            tag: String::new(),
        }
    }

    #[test]
    fn paragraphs_map_to_their_blocks_before_and_after_hand_edits() {
        let blocks = vec![
            block("Menu", Role::Boilerplate),
            block("First paragraph of the story.", Role::Body),
            block("Photo: a caption", Role::Caption),
            block("Second paragraph of the story.", Role::Body),
        ];
        let body = "First paragraph of the story.\n\nSecond paragraph of the story.";
        let map = blocks_of(&blocks, &paragraphs(body), true);
        assert_eq!(map, vec![vec![1], vec![3]]);
        assert_eq!(
            paragraph_of(&map, 2),
            Some(1),
            "a dropped line goes to the next paragraph"
        );
        let edited = "Intro typed by hand.\n\nFirst paragraph of the story. And more.\n\nSecond paragraph of the story.";
        let map = blocks_of(&blocks, &paragraphs(edited), false);
        assert_eq!(map, vec![vec![], vec![1], vec![3]]);
    }
}
