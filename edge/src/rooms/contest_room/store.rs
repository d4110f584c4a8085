//! A room object's durable state, so an evicted (hibernated) object restores its board, its
//! queue and its settings. Values are JSON strings: the board of a big contest exceeds one
//! storage value, so it is written in chunks.

use serde::de::DeserializeOwned;
use serde::Serialize;
use worker::Storage;

use super::batch::Pending;
use super::board::Board;

/// Well under the per-value limit of Durable Object storage.
const CHUNK: usize = 100_000;

pub async fn get_json<T: DeserializeOwned>(
    storage: &Storage,
    key: &str,
) -> worker::Result<Option<T>> {
    let raw: Option<String> = storage.get(key).await?;
    Ok(raw.and_then(|s| serde_json::from_str(&s).ok()))
}

pub async fn put_json<T: Serialize>(storage: &Storage, key: &str, value: &T) -> worker::Result<()> {
    let raw = serde_json::to_string(value).map_err(|e| worker::Error::RustError(e.to_string()))?;
    storage.put(key, raw).await
}

pub async fn load_board(storage: &Storage) -> worker::Result<Option<Board>> {
    let Some(chunks) = storage.get::<u32>("board_chunks").await? else { return Ok(None) };
    let mut json = String::new();
    for i in 0..chunks {
        let part: Option<String> = storage.get(&format!("board:{i}")).await?;
        json.push_str(&part.unwrap_or_default());
    }
    Ok(serde_json::from_str(&json).ok())
}

pub async fn save_board(storage: &Storage, board: &Board) -> worker::Result<()> {
    let json = serde_json::to_string(board).map_err(|e| worker::Error::RustError(e.to_string()))?;
    let parts = split(&json, CHUNK);
    for (i, part) in parts.iter().enumerate() {
        storage.put(&format!("board:{i}"), part.to_string()).await?;
    }
    // Written last: a reader sees either the old count (old chunks, still whole until
    // overwritten in this same output-gated step) or the new one.
    storage.put("board_chunks", parts.len() as u32).await
}

pub async fn load_pending(storage: &Storage) -> worker::Result<Vec<Pending>> {
    Ok(get_json(storage, "pending").await?.unwrap_or_default())
}

pub async fn save_pending(storage: &Storage, pending: &[Pending]) -> worker::Result<()> {
    put_json(storage, "pending", &pending).await
}

/// Splits on character boundaries into pieces of at most `max` bytes.
fn split(s: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s;
    while rest.len() > max {
        let mut cut = max;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        parts.push(head);
        rest = tail;
    }
    parts.push(rest);
    parts
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn chunks_rejoin_to_the_original_even_across_multibyte_characters() {
        let s = "ab€cd€€e".repeat(7);
        for max in [4, 5, 7, 100] {
            let parts = split(&s, max);
            assert!(parts.iter().all(|p| p.len() <= max));
            assert_eq!(parts.concat(), s);
        }
        assert_eq!(split("", 4), [""]);
    }
}
