//! Backup codes (SEC-1, SEC-2): ten single-use codes of 60 random bits, written
//! `xxxx-xxxx-xxxx` in Crockford's base32 (no i, l, o, u), read back whatever the case
//! and separators.

/// How many codes a sheet holds.
pub const COUNT: usize = 10;
/// Random bytes per code (the first 60 bits are used).
pub const RANDOM_BYTES: usize = 8;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const CHARS: usize = 12;

/// A code from random bytes, as shown: `xxxx-xxxx-xxxx`.
pub fn from_random(bytes: [u8; RANDOM_BYTES]) -> String {
    let bits = u64::from_be_bytes(bytes);
    let chars: Vec<char> = (0..CHARS).map(|i| ALPHABET[((bits >> (59 - 5 * i - 4)) & 31) as usize] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The canonical form of a typed code (what is hashed), or `None` when it cannot be one.
pub fn normalize(input: &str) -> Option<String> {
    let code = super::typed_code(input)?.to_ascii_lowercase();
    let code: String = code
        .chars()
        .map(|c| match c {
            'o' => '0',
            'i' | 'l' => '1',
            c => c,
        })
        .collect();
    (code.len() == CHARS && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_shown_grouped_and_read_back_leniently() {
        let code = from_random([0xff, 0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]);
        assert_eq!(code.len(), 14);
        assert_eq!(code.matches('-').count(), 2);
        let canonical = normalize(&code).unwrap();
        assert_eq!(normalize(&code.to_uppercase()), Some(canonical.clone()));
        assert_eq!(normalize(&format!(" {} ", code.replace('-', " "))), Some(canonical));
        assert_ne!(from_random([0; 8]), from_random([1; 8]));
        assert_eq!(normalize("123456"), None, "a six-digit code is no backup code");
        assert_eq!(normalize("uuuu-uuuu-uuuu"), None);
    }
}
