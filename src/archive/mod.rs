//! The archive folder: records, raw bytes, history; atomic writes under an exclusive lock.

pub mod id;
