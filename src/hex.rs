//! Bytes as lower-case hexadecimal: the SHA-256 of a document in a batch
//! report, the entity tag of a service answer, a model's content version.

use std::fmt::Write;

/// `bytes` in lower-case hex, two digits a byte.
pub fn lower(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        // Writing to a String cannot fail.
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The first 8 hex digits of the SHA-256 of `bytes`: a short fingerprint
/// that changes with any edit (a model's content version, what a
/// translation was made from).
pub fn sha256_prefix(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    lower(&Sha256::digest(bytes)[..4])
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_digits_a_byte() {
        assert_eq!(super::lower(&[0x00, 0x0f, 0xab]), "000fab");
    }
}
