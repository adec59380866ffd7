//! The version a notice is identified by, printed in the letterhead and
//! written into the PDF's metadata, so that a signed copy can be matched to
//! the model it was made from.

use super::Loaded;

impl Loaded {
    /// The model's `document.version`, or, when it has none, `#` and the
    /// first 8 hex digits of the SHA-256 of the model file's bytes (e.g.
    /// `#a1b2c3d4`): the same file always gives the same version, and any
    /// edit gives another.
    pub fn identity(&self) -> String {
        match &self.notice.document.version {
            Some(v) => v.clone(),
            None => content_hash(self.text.as_bytes()),
        }
    }
}

/// `#` and the first 8 hex digits of the SHA-256 of `bytes`.
fn content_hash(bytes: &[u8]) -> String {
    format!("#{}", crate::hex::sha256_prefix(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_start_of_the_sha256() {
        // SHA-256("abc") = ba7816bf8f01cfea…
        assert_eq!(content_hash(b"abc"), "#ba7816bf");
    }
}
