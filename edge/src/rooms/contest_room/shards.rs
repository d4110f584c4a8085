//! How a contest's sockets spread over shard objects: one object holds at most 32,768
//! hibernated WebSockets, so a room has a coordinator (the board, batching, the clock) that
//! feeds N shard objects holding the sockets. Pure functions, unit-tested natively.

/// Cloudflare's limit of WebSockets on one Durable Object.
pub const MAX_SOCKETS_PER_OBJECT: u64 = 32_768;
/// Sockets planned per shard: half the limit, since viewers who never registered (and
/// several tabs of one participant) also connect.
pub const SOCKETS_PER_SHARD: u64 = MAX_SOCKETS_PER_OBJECT / 2;
/// Beyond this a contest needs another design (a tree of coordinators), not more shards.
pub const MAX_SHARDS: u32 = 64;

/// The shards a room needs for `registrants` participants, and at least `min` (a deployment
/// may want several even for small rooms, e.g. to spread fan-out work; tests use 2+).
pub fn shard_count(registrants: u64, min: u32) -> u32 {
    let needed = registrants.div_ceil(SOCKETS_PER_SHARD).max(1);
    (needed.min(u64::from(MAX_SHARDS)) as u32).max(min.clamp(1, MAX_SHARDS))
}

/// The shard a connection lands on: FNV-1a of its key (a random id per connection), so
/// connections spread evenly and the same key always maps to the same shard.
pub fn shard_of(key: &str, shards: u32) -> u32 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (hash % u64::from(shards.max(1))) as u32
}

/// The object name of a room's coordinator.
pub fn coordinator_name(slug: &str) -> String {
    format!("room:{slug}")
}

/// The object name of one of a room's shards.
pub fn shard_name(slug: &str, shard: u32) -> String {
    format!("room:{slug}:shard:{shard}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_count_grows_with_registrants_within_bounds() {
        assert_eq!(shard_count(0, 1), 1);
        assert_eq!(shard_count(16_384, 1), 1);
        assert_eq!(shard_count(16_385, 1), 2);
        assert_eq!(shard_count(100, 3), 3);
        assert_eq!(shard_count(u64::MAX, 1), MAX_SHARDS);
        assert_eq!(shard_count(10, 0), 1);
        assert_eq!(shard_count(10, 1000), MAX_SHARDS);
    }

    #[test]
    fn a_shard_holds_no_more_sockets_than_one_object_may() {
        for registrants in [1, 32_768, 100_000, 1_000_000] {
            let shards = u64::from(shard_count(registrants, 1));
            assert!(registrants.div_ceil(shards) <= MAX_SOCKETS_PER_OBJECT, "{registrants}");
        }
    }

    #[test]
    fn connections_spread_evenly_and_stably() {
        let shards = 4;
        let mut counts = [0u32; 4];
        for i in 0..4000 {
            let key = format!("{i:016x}");
            let s = shard_of(&key, shards);
            assert_eq!(s, shard_of(&key, shards));
            counts[s as usize] += 1;
        }
        for c in counts {
            assert!((800..1200).contains(&c), "{counts:?}");
        }
        assert_eq!(shard_of("anything", 1), 0);
        assert_eq!(shard_of("anything", 0), 0);
    }

    #[test]
    fn names_keep_rooms_and_shards_apart() {
        assert_ne!(coordinator_name("a"), shard_name("a", 0));
        assert_ne!(shard_name("a", 1), shard_name("a", 11));
    }
}
