//! Authors, dates, site and URL: every candidate with its origin, the best first. Authors and dates each have
//! their own module; both keep every candidate they saw, so the window can offer the others.

mod authors;
mod dates;

pub use authors::authors;
pub use dates::{dates, labelled_date, normalize};

use crate::record::Candidate;

fn cand(value: String, origin: &str) -> Candidate {
    Candidate {
        value,
        origin: origin.to_string(),
    }
}
