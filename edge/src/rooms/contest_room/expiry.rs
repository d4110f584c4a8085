//! A signed-in socket lives only as long as the access token it connected with: the shard
//! keeps the token's expiry with the socket (a hibernation attachment, which survives
//! eviction) and an alarm at the earliest expiry among its sockets; at the alarm it closes the
//! expired ones with [`TOKEN_EXPIRED`], which the browser answers by refreshing its token and
//! reconnecting (`useContestRoom.ts`). Anonymous sockets have no token and never expire.

use serde::{Deserialize, Serialize};
use worker::{Date, WebSocket};

use super::room::ContestRoom;

/// The close code for "your access token expired": refresh it and connect again. In the
/// 4000-4999 range the WebSocket protocol leaves to applications.
pub const TOKEN_EXPIRED: u16 = 4001;
/// The close reason sent with [`TOKEN_EXPIRED`].
pub const TOKEN_EXPIRED_REASON: &str = "token_expired";
/// The storage key that marks the object as a shard (its alarms are expiry sweeps).
const SHARD_ROLE: &str = "shard_role";

/// What a shard keeps with a signed-in socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SocketInfo {
    /// The access token's `exp`, in seconds since the epoch.
    pub token_exp: i64,
}

/// Whether a token with this `exp` has expired at `now` (seconds): as the JWT check decides,
/// a token is good until its `exp` second.
pub fn expired(now_secs: i64, exp: i64) -> bool {
    now_secs >= exp
}

/// Which sockets (by index) to close at `now`, and when to look next (the earliest expiry
/// among the rest, in seconds).
pub fn sweep_plan(now_secs: i64, exps: &[Option<i64>]) -> (Vec<usize>, Option<i64>) {
    let mut close = Vec::new();
    let mut next: Option<i64> = None;
    for (i, exp) in exps.iter().enumerate() {
        match exp {
            Some(e) if expired(now_secs, *e) => close.push(i),
            Some(e) => next = Some(next.map_or(*e, |n| n.min(*e))),
            None => {}
        }
    }
    (close, next)
}

fn now_ms() -> i64 {
    Date::now().as_millis() as i64
}

/// Arms the shard's alarm for `exp_secs` unless one comes sooner.
async fn arm(room: &ContestRoom, exp_secs: i64) -> worker::Result<()> {
    let storage = room.state.storage();
    let at_ms = exp_secs * 1000;
    let current = storage.get_alarm().await?;
    if current.is_none_or(|t| t > at_ms) {
        storage.set_alarm((at_ms - now_ms()).max(0)).await?;
    }
    Ok(())
}

/// Keeps a new socket's token expiry and arms the sweep for it.
pub async fn watch(room: &ContestRoom, ws: &WebSocket, token_exp: i64) -> worker::Result<()> {
    ws.serialize_attachment(SocketInfo { token_exp })?;
    room.remember(SHARD_ROLE, Some("1".into())).await?;
    arm(room, token_exp).await
}

/// Whether this object is a shard (it has watched a socket): its alarm is a sweep.
pub async fn is_shard(room: &ContestRoom) -> worker::Result<bool> {
    Ok(room.recall(SHARD_ROLE).await?.is_some())
}

/// The alarm: closes the sockets whose token expired and arms the next sweep.
pub async fn sweep(room: &ContestRoom) -> worker::Result<()> {
    let sockets = room.state.get_websockets();
    let exps: Vec<Option<i64>> = sockets
        .iter()
        .map(|ws| ws.deserialize_attachment::<SocketInfo>().ok().flatten().map(|i| i.token_exp))
        .collect();
    let (close, next) = sweep_plan(now_ms() / 1000, &exps);
    for i in close {
        // A socket already closing fails here; its close event tidies up.
        let _ = sockets[i].close(Some(TOKEN_EXPIRED), Some(TOKEN_EXPIRED_REASON));
    }
    if let Some(next) = next {
        arm(room, next).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expired_sockets_close_and_the_next_sweep_is_the_earliest_other_expiry() {
        let exps = [Some(100), None, Some(250), Some(99), Some(180)];
        assert_eq!(sweep_plan(100, &exps), (vec![0, 3], Some(180)));
        assert_eq!(sweep_plan(50, &exps), (vec![], Some(99)));
        assert_eq!(sweep_plan(300, &exps), (vec![0, 2, 3, 4], None));
        assert_eq!(sweep_plan(0, &[None, None]), (vec![], None));
    }

    #[test]
    fn a_token_is_good_until_its_exp_second() {
        assert!(!expired(99, 100));
        assert!(expired(100, 100));
    }
}
