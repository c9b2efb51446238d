//! Sealing the secret part of a queued email (a link with a token) apart from its body,
//! with XChaCha20-Poly1305 under the server's key: reading the outbox table alone gives
//! no usable link. The key comes from `ORGA_SECRET_KEY` or a key file that is created on
//! first start (readable by the owner only).

use std::path::Path;
use std::sync::Arc;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

#[derive(Clone)]
pub struct SealingKey(Arc<XChaCha20Poly1305>);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(…)")
    }
}

impl SealingKey {
    pub fn from_bytes(bytes: &[u8; 32]) -> SealingKey {
        SealingKey(Arc::new(XChaCha20Poly1305::new(bytes.into())))
    }

    /// A key given as base64 (32 bytes).
    pub fn from_base64(text: &str) -> anyhow::Result<SealingKey> {
        let bytes = B64.decode(text.trim())?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| anyhow::anyhow!("the secret key must be 32 bytes"))?;
        Ok(SealingKey::from_bytes(&bytes))
    }

    /// A fresh key (tests, or the first start).
    pub fn random() -> SealingKey {
        SealingKey::from_bytes(&crate::ids::random_bytes())
    }

    /// The key in `path`, created there (mode 0600) when the file does not exist.
    pub fn load_or_create(path: &Path) -> anyhow::Result<SealingKey> {
        if path.exists() {
            return SealingKey::from_base64(&std::fs::read_to_string(path)?);
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let bytes: [u8; 32] = crate::ids::random_bytes();
        write_private(path, B64.encode(bytes).as_bytes())?;
        Ok(SealingKey::from_bytes(&bytes))
    }

    pub fn seal(&self, plain: &str) -> String {
        let nonce_bytes: [u8; 24] = crate::ids::random_bytes();
        let nonce = XNonce::from_slice(&nonce_bytes);
        // Encryption with a valid key and nonce cannot fail.
        let sealed = self.0.encrypt(nonce, plain.as_bytes()).unwrap_or_default();
        let mut out = nonce_bytes.to_vec();
        out.extend(sealed);
        B64.encode(out)
    }

    /// `None` when the text was not sealed with this key.
    pub fn open(&self, sealed: &str) -> Option<String> {
        let bytes = B64.decode(sealed).ok()?;
        if bytes.len() < 24 {
            return None;
        }
        let (nonce, body) = bytes.split_at(24);
        let plain = self.0.decrypt(XNonce::from_slice(nonce), body).ok()?;
        String::from_utf8(plain).ok()
    }
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_link_opens_with_its_key_only() {
        let key = SealingKey::random();
        let sealed = key.seal("https://console.example.com/sign-up#invitation=abc");
        assert!(!sealed.contains("invitation"));
        assert_eq!(key.open(&sealed).as_deref(), Some("https://console.example.com/sign-up#invitation=abc"));
        assert_eq!(SealingKey::random().open(&sealed), None);
        assert_ne!(key.seal("same"), key.seal("same"), "a fresh nonce each time");
    }

    #[test]
    fn the_key_file_is_created_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/secret.key");
        let first = SealingKey::load_or_create(&path).unwrap();
        let sealed = first.seal("x");
        let again = SealingKey::load_or_create(&path).unwrap();
        assert_eq!(again.open(&sealed).as_deref(), Some("x"));
    }
}
