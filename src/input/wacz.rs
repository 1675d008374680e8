//! WACZ input (Webrecorder's web archive collection: a zip holding `archive/*.warc(.gz)` beside
//! `pages/pages.jsonl` and `datapackage.json`): each WARC member is streamed through the WARC reader, record by
//! record, straight out of the zip, so a WACZ of any size reads in constant memory.
//!
//! The `zip` crate reads the central directory (names, methods, where each member's data starts); each member is
//! then read through its own file handle (stored as is, as WACZ writers do, or deflated), so no member is ever
//! held whole.

use super::stream::Documents;
use super::warc::WarcReader;
use super::{Entry, InputError, Limits};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// The first bytes of a zip file (a local file header).
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// A WARC member of the zip.
struct Member {
    name: String,
    deflated: bool,
    start: u64,
    len: u64,
}

/// Opens a WACZ (or any zip holding WARCs under `archive/`): its WARC members' entries, in the zip's order.
/// Fails when the zip's directory cannot be read or it holds no WARC.
pub fn open(path: &Path, limits: &Limits) -> Result<Documents, InputError> {
    let name = path.display().to_string();
    let invalid = |message: String| InputError::Invalid {
        path: name.clone(),
        message,
    };
    let file = File::open(path).map_err(|source| InputError::Io {
        path: name.clone(),
        source,
    })?;
    let mut zip = zip::ZipArchive::new(file)
        .map_err(|e| invalid(format!("not a readable WACZ (zip) file: {e}")))?;
    let mut members = Vec::new();
    let mut failed = Vec::new();
    for i in 0..zip.len() {
        let f = match zip.by_index_raw(i) {
            Ok(f) => f,
            Err(e) => {
                failed.push(invalid(format!("zip entry {}: {e}", i + 1)));
                continue;
            }
        };
        let Ok(member) = f.name().map(|n| n.to_string()) else {
            continue;
        };
        if !is_warc_member(&member) {
            continue;
        }
        let deflated = match f.compression() {
            zip::CompressionMethod::Stored => false,
            zip::CompressionMethod::Deflated => true,
            other => {
                failed.push(invalid(format!(
                    "{member}: compressed with {other:?}, which Sift does not read (stored or deflated only)"
                )));
                continue;
            }
        };
        match f.data_start() {
            Some(start) => members.push(Member {
                name: member,
                deflated,
                start,
                len: f.compressed_size(),
            }),
            None => failed.push(invalid(format!(
                "{member}: where its data starts is unknown"
            ))),
        }
    }
    if members.is_empty() {
        return Err(failed.into_iter().next().unwrap_or_else(|| {
            invalid("no WARC file under archive/ in this WACZ (zip) file".to_string())
        }));
    }
    let path = path.to_path_buf();
    let limits = *limits;
    let entries = failed.into_iter().map(Entry::Failed).chain(
        members
            .into_iter()
            .flat_map(move |m| member_entries(&path, &m, &limits)),
    );
    Ok(Documents::from_entries(entries))
}

/// True for the zip paths of a WACZ's WARC files.
fn is_warc_member(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("archive/") && (lower.ends_with(".warc") || lower.ends_with(".warc.gz"))
}

/// The entries of one WARC member, read through a handle of its own. Documents are named
/// `PATH/archive/NAME.warc.gz#N`, so a record's name says the WACZ, the member and the record.
fn member_entries(
    path: &PathBuf,
    m: &Member,
    limits: &Limits,
) -> Box<dyn Iterator<Item = Entry> + Send> {
    let name = format!("{}/{}", path.display(), m.name);
    let opened = File::open(path).and_then(|mut f| {
        f.seek(SeekFrom::Start(m.start))?;
        Ok(f.take(m.len))
    });
    let data = match opened {
        Ok(d) => d,
        Err(source) => {
            return Box::new(std::iter::once(Entry::Failed(InputError::Io {
                path: name,
                source,
            })));
        }
    };
    let reader: Box<dyn Read + Send> = if m.deflated {
        Box::new(flate2::read::DeflateDecoder::new(data))
    } else {
        Box::new(data)
    };
    Box::new(WarcReader::new(&name, reader, limits))
}
