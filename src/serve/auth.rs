//! `--token-file`: every request but `/healthz` carries
//! `Authorization: Bearer TOKEN`.
//!
//! The token is compared in constant time, as SHA-256 digests so that not
//! even its length shows in the time an answer takes.

use std::fmt;
use std::path::Path;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The token the service expects, kept only as its digest.
#[derive(Clone)]
pub struct Token {
    digest: [u8; 32],
}

/// Never shows the token, not even its digest.
impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(…)")
    }
}

impl Token {
    /// The token in `text`, without the white space around it.
    pub fn new(text: &str) -> Result<Token, String> {
        let token = text.trim();
        if token.is_empty() {
            return Err("the token file is empty".into());
        }
        if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("the token has white space or control characters inside it".into());
        }
        Ok(Token {
            digest: Sha256::digest(token.as_bytes()).into(),
        })
    }

    /// The token in the file at `path`.
    pub fn from_file(path: &Path) -> Result<Token, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the token file '{}': {e}", path.display()))?;
        Token::new(&text).map_err(|e| format!("{e}: '{}'", path.display()))
    }

    /// Whether the value of an `Authorization` header carries the token.
    pub fn admits(&self, authorization: Option<&[u8]>) -> bool {
        let Some(value) = authorization else {
            return false;
        };
        let Some(given) = value
            .get(..7)
            .filter(|scheme| scheme.eq_ignore_ascii_case(b"bearer "))
            .map(|_| value[7..].trim_ascii())
        else {
            return false;
        };
        let digest: [u8; 32] = Sha256::digest(given).into();
        digest.ct_eq(&self.digest).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bearer_token_is_admitted() {
        let t = Token::new("s3cret-token\n").unwrap();
        assert!(t.admits(Some(b"Bearer s3cret-token")));
        assert!(t.admits(Some(b"bearer s3cret-token")));
        assert!(!t.admits(Some(b"Bearer s3cret-toke")));
        assert!(!t.admits(Some(b"Basic s3cret-token")));
        assert!(!t.admits(Some(b"s3cret-token")));
        assert!(!t.admits(None));
        assert!(Token::new(" \n").is_err());
        assert!(Token::new("a b").is_err());
    }
}
