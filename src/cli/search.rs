//! `sift search`: full-text search over the archive's records through its index, best match first.

use super::{ArchiveArg, Outcome, indexing};
use std::io::Write;

/// Arguments of `sift search`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Query language (the same as the window's search box):
  tidal power         records holding both words (in any field: title, subtitle, authors, site, url,
                      section, tags, keywords, notes, captions, body)
  \"tidal power\"       the phrase
  tid*                words starting with tid
  -coal               records without the word
  status:curated      draft, curated or rejected
  site:reuters        part of the site name or url
  author:müller       part of an author's name
  tag:energy          a tag (tag:ener* for tags starting so)
  lang:de             a language (de takes de-AT too)
  published:2024-01..2024-06   a date or a range (2024, 2024-06, 2024-06-30; open ends: 2024..)
Put a - before a filter to exclude it (-status:rejected). Case and accents are ignored in words.

Prints one line a hit: id, status, date, title, separated by tabs; --json prints one JSON object a line
with the site, the rank and a snippet in which the matched words are marked with **.

Examples:
  sift search harbour authority
  sift search '\"tidal barrage\" status:curated published:2024'")]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// What to look for (several words are joined: `sift search tidal power`).
    #[arg(required = true, value_name = "QUERY", allow_hyphen_values = true)]
    pub query: Vec<String>,
    /// One JSON object a line, with a snippet.
    #[arg(long)]
    pub json: bool,
    /// At most this many hits.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
}

/// Runs the command: hits on `out`, their count on `err`.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let cat = indexing::open(&archive, err)?;
    let query = args.query.join(" ");
    let hits = archive.search(&cat, &query, None, Some(args.limit))?;
    for h in &hits {
        if args.json {
            let v = serde_json::json!({
                "id": h.row.id,
                "status": h.row.status.as_str(),
                "published": h.row.published,
                "site": h.row.site,
                "title": h.row.title,
                "rank": h.rank,
                "snippet": h.snippet.as_ref().map(|s| s.marked("**", "**")),
                "snippet_field": h.snippet.as_ref().map(|s| s.field),
            });
            writeln!(out, "{v}")?;
        } else {
            writeln!(out, "{}", super::list::line(&h.row))?;
        }
    }
    out.flush()?;
    let more = if hits.len() == args.limit {
        " (the first ones; --limit N for more)"
    } else {
        ""
    };
    writeln!(err, "sift: {}{more}", crate::count(hits.len(), "hit"))?;
    Ok(Outcome::Ok)
}
