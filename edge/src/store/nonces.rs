//! Nonces of signed calls the farm made to the edge, remembered in KV so a captured request
//! cannot be replayed. They are kept a little longer than the signature's freshness window
//! (±300 s), after which the timestamp check refuses the request anyway.

use worker::{Env, KvStore};

use crate::config::KV_BINDING;
use crate::error::EdgeError;

pub const NONCE_TTL_SECS: u64 = 600;

/// The KV key remembering `nonce`.
pub fn nonce_key(nonce: &str) -> String {
    format!("nonce:{nonce}")
}

pub struct NonceStore {
    kv: KvStore,
}

impl NonceStore {
    pub fn new(env: &Env) -> Result<NonceStore, EdgeError> {
        Ok(NonceStore { kv: env.kv(KV_BINDING)? })
    }

    /// Records `nonce`; `false` if it was seen before.
    ///
    /// KV has no compare-and-set, so two copies of one request arriving at the same moment
    /// could both pass. A purge is idempotent, which makes that harmless here.
    pub async fn first_use(&self, nonce: &str) -> Result<bool, EdgeError> {
        let key = nonce_key(nonce);
        if self.kv.get(&key).text().await?.is_some() {
            return Ok(false);
        }
        self.kv.put(&key, "1")?.expiration_ttl(NONCE_TTL_SECS).execute().await?;
        Ok(true)
    }
}
