//! A stand-in for `sift::archive::Archive` while the archive branch is not merged: the same calls, the same
//! folder layout (`records/<id>.json`, `raw/<sha256>.<ext>`, `history/`, `trash/`), atomic writes, no lock.
//! To be deleted when `crate::archive::Archive` lands; `store.rs` is the only user.

use crate::record::Record;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum InterimError {
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    #[error("{0}")]
    Other(String),
}

fn io(p: &Path) -> impl FnOnce(std::io::Error) -> InterimError + '_ {
    move |e| InterimError::Io(p.display().to_string(), e)
}

pub struct Archive {
    root: PathBuf,
}

impl Archive {
    pub fn open(root: &Path) -> Result<Self, InterimError> {
        for sub in ["records", "raw", "history", "trash"] {
            let d = root.join(sub);
            std::fs::create_dir_all(&d).map_err(io(&d))?;
        }
        let manifest = root.join("sift-archive.json");
        if !manifest.exists() {
            write_atomic(&manifest, b"{\n  \"format_version\": 1\n}\n")?;
        }
        Ok(Self {
            root: root.to_path_buf(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn list(&self) -> Result<Vec<Record>, InterimError> {
        let d = self.root.join("records");
        let mut out = Vec::new();
        for e in std::fs::read_dir(&d).map_err(io(&d))?.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "json")
                && let Ok(b) = std::fs::read(&p)
                && let Ok(r) = serde_json::from_slice::<Record>(&b)
            {
                out.push(r);
            }
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(out)
    }

    fn record_path(&self, id: &str) -> Result<PathBuf, InterimError> {
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(InterimError::Other(format!("not a record id: {id}")));
        }
        Ok(self.root.join("records").join(format!("{id}.json")))
    }

    pub fn load(&self, id: &str) -> Result<Record, InterimError> {
        let p = self.record_path(id)?;
        let b = std::fs::read(&p).map_err(io(&p))?;
        serde_json::from_slice(&b).map_err(|e| InterimError::Other(format!("{}: {e}", p.display())))
    }

    fn raw_path(&self, rec: &Record) -> Result<PathBuf, InterimError> {
        let sha = &rec.source.sha256;
        if sha.is_empty() || !sha.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(InterimError::Other(format!("bad sha256 in {}", rec.id)));
        }
        Ok(self.root.join("raw").join(format!("{sha}.{}", rec.source.format.as_str())))
    }

    pub fn raw_bytes(&self, rec: &Record) -> Result<Vec<u8>, InterimError> {
        let p = self.raw_path(rec)?;
        std::fs::read(&p).map_err(io(&p))
    }

    pub fn save_with_raw(&self, rec: &Record, raw: &[u8]) -> Result<(), InterimError> {
        let rp = self.raw_path(rec)?;
        if !rp.exists() && !raw.is_empty() {
            write_atomic(&rp, raw)?;
        }
        let p = self.record_path(&rec.id)?;
        if p.exists() {
            let h = self.root.join("history").join(&rec.id);
            std::fs::create_dir_all(&h).map_err(io(&h))?;
            let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S%.6f");
            std::fs::copy(&p, h.join(format!("{stamp}.json"))).map_err(io(&p))?;
        }
        let mut text = serde_json::to_vec_pretty(rec).map_err(|e| InterimError::Other(e.to_string()))?;
        text.push(b'\n');
        write_atomic(&p, &text)
    }

    pub fn trash(&self, id: &str) -> Result<(), InterimError> {
        let p = self.record_path(id)?;
        let t = self.root.join("trash").join(format!("{id}.json"));
        std::fs::rename(&p, &t).map_err(io(&p))
    }

    pub fn restore(&self, id: &str) -> Result<(), InterimError> {
        let p = self.record_path(id)?;
        let t = self.root.join("trash").join(format!("{id}.json"));
        std::fs::rename(&t, &p).map_err(io(&t))
    }

    pub fn export(&self, format: &str, path: &Path, ids: Option<&[String]>) -> Result<usize, InterimError> {
        if format != "jsonl" {
            return Err(InterimError::Other(format!("export as {format} needs the archive module")));
        }
        let mut out = Vec::new();
        let mut n = 0;
        for r in self.list()? {
            if ids.is_some_and(|ids| !ids.contains(&r.id)) {
                continue;
            }
            out.extend(serde_json::to_vec(&r).map_err(|e| InterimError::Other(e.to_string()))?);
            out.push(b'\n');
            n += 1;
        }
        write_atomic(path, &out)?;
        Ok(n)
    }
}

fn write_atomic(p: &Path, bytes: &[u8]) -> Result<(), InterimError> {
    let tmp = p.with_extension("tmp-sift");
    std::fs::write(&tmp, bytes).map_err(io(&tmp))?;
    std::fs::rename(&tmp, p).map_err(io(p))
}
