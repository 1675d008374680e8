//! The curator window.
