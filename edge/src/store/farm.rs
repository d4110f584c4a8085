//! The judge farm's internal API, called with signed requests (docs/api.md, "Internal API").
//!
//! Every call carries `x-aa-timestamp`, `x-aa-nonce`, `x-aa-user` and `x-aa-signature`, plus
//! the end user's IP and user agent so the farm can rate-limit and audit per person.

use std::time::Duration;

use algoarena_shared::error::ErrorBody;
use algoarena_shared::signing::{
    sign, SignedParts, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, HEADER_USER,
};
use futures_util::future::{select, Either};
use serde::de::DeserializeOwned;
use serde::Serialize;
use worker::{AbortController, Delay, Fetch, Headers, Method, Request, RequestInit, Response};

use crate::config::{Secret, Settings};
use crate::error::EdgeError;
use crate::http::{json_response, now_secs, ClientInfo};

/// Longest wait for the farm; past it the client gets 502 rather than hanging.
const FARM_TIMEOUT: Duration = Duration::from_secs(20);

/// A farm client for one incoming request.
pub struct FarmClient<'a> {
    base_url: &'a str,
    secret: &'a Secret,
    client: &'a ClientInfo,
}

/// A farm answer: status and raw body.
#[derive(Debug)]
pub struct FarmReply {
    pub status: u16,
    pub body: Vec<u8>,
    /// The farm's `Retry-After` (queue full, over a limit), passed on to the client.
    pub retry_after: Option<u64>,
}

impl<'a> FarmClient<'a> {
    pub fn new(settings: &'a Settings, client: &'a ClientInfo) -> Self {
        FarmClient { base_url: &settings.farm_url, secret: &settings.farm_secret, client }
    }

    /// GET `path_and_query` acting for `user`; an error status becomes an [`EdgeError`].
    pub async fn get(
        &self,
        path_and_query: &str,
        user: Option<&str>,
    ) -> Result<FarmReply, EdgeError> {
        self.send(Method::Get, path_and_query, user, Vec::new()).await?.success()
    }

    /// GET `path_and_query` acting for `user`, whatever the status: for a refusal whose body the
    /// caller reads (a locked problem's teaser). Only an unreachable farm is an error here.
    pub async fn get_reply(
        &self,
        path_and_query: &str,
        user: Option<&str>,
    ) -> Result<FarmReply, EdgeError> {
        self.send(Method::Get, path_and_query, user, Vec::new()).await
    }

    /// POST a JSON body acting for `user`; an error status becomes an [`EdgeError`].
    pub async fn post<T: Serialize>(
        &self,
        path: &str,
        user: Option<&str>,
        body: &T,
    ) -> Result<FarmReply, EdgeError> {
        let body = serde_json::to_vec(body).map_err(EdgeError::internal)?;
        self.send(Method::Post, path, user, body).await?.success()
    }

    /// POST raw bytes (an uploaded picture) acting for `user`; the farm answers raw bytes.
    pub async fn post_bytes(
        &self,
        path: &str,
        user: Option<&str>,
        body: Vec<u8>,
    ) -> Result<FarmReply, EdgeError> {
        self.send(Method::Post, path, user, body).await?.success()
    }

    /// PUT a JSON body acting for `user`; an error status becomes an [`EdgeError`].
    pub async fn put<T: Serialize>(
        &self,
        path: &str,
        user: Option<&str>,
        body: &T,
    ) -> Result<FarmReply, EdgeError> {
        let body = serde_json::to_vec(body).map_err(EdgeError::internal)?;
        self.send(Method::Put, path, user, body).await?.success()
    }

    /// PATCH a JSON body acting for `user`; an error status becomes an [`EdgeError`].
    pub async fn patch<T: Serialize>(
        &self,
        path: &str,
        user: Option<&str>,
        body: &T,
    ) -> Result<FarmReply, EdgeError> {
        let body = serde_json::to_vec(body).map_err(EdgeError::internal)?;
        self.send(Method::Patch, path, user, body).await?.success()
    }

    /// DELETE `path` acting for `user`; an error status becomes an [`EdgeError`].
    pub async fn delete(&self, path: &str, user: Option<&str>) -> Result<FarmReply, EdgeError> {
        self.send(Method::Delete, path, user, Vec::new()).await?.success()
    }

    /// GET a streamed answer (Server-Sent Events) acting for `user`. Only the wait for the
    /// headers is bounded by the timeout; the body is the farm's stream, for the caller to pass
    /// through unread. An error status becomes an [`EdgeError`].
    pub async fn open_stream(
        &self,
        path_and_query: &str,
        user: Option<&str>,
    ) -> Result<Response, EdgeError> {
        let mut response = self
            .dispatch(Method::Get, path_and_query, user, Vec::new(), "text/event-stream")
            .await?;
        let status = response.status_code();
        if (200..300).contains(&status) {
            return Ok(response);
        }
        let retry_after = retry_after_of(&response);
        let body = response.bytes().await.unwrap_or_default();
        Err(farm_error(status, &body, retry_after))
    }

    async fn send(
        &self,
        method: Method,
        path_and_query: &str,
        user: Option<&str>,
        body: Vec<u8>,
    ) -> Result<FarmReply, EdgeError> {
        let url = format!("{}{}", self.base_url, path_and_query);
        let mut response =
            self.dispatch(method, path_and_query, user, body, "application/json").await?;
        let status = response.status_code();
        let retry_after = retry_after_of(&response);
        let body = response
            .bytes()
            .await
            .map_err(|e| EdgeError::FarmUnavailable(format!("{url}: reading the body: {e}")))?;
        Ok(FarmReply { status, body, retry_after })
    }

    /// Signs and sends one request; returns once the farm's headers are in.
    async fn dispatch(
        &self,
        method: Method,
        path_and_query: &str,
        user: Option<&str>,
        body: Vec<u8>,
        accept: &str,
    ) -> Result<Response, EdgeError> {
        let user = user.unwrap_or("");
        let headers = Headers::new();
        let signature = signature_headers(
            self.secret.expose().as_bytes(),
            method.as_ref(),
            path_and_query,
            now_secs(),
            &new_nonce()?,
            user,
            &body,
        );
        for (name, value) in signature.iter() {
            headers.set(name, value)?;
        }
        if let Some(ip) = self.client.ip {
            headers.set("x-aa-client-ip", &ip.to_string())?;
        }
        if let Some(agent) = &self.client.user_agent {
            headers.set("user-agent", agent)?;
        }
        headers.set("accept", accept)?;
        let mut init = RequestInit::new();
        if !body.is_empty() {
            headers.set("content-type", "application/json")?;
            let bytes = worker::js_sys::Uint8Array::from(body.as_slice());
            init.with_body(Some(bytes.into()));
        }
        init.with_method(method).with_headers(headers);
        let url = format!("{}{}", self.base_url, path_and_query);
        let request = Request::new_with_init(&url, &init)?;

        let controller = AbortController::default();
        let signal = controller.signal();
        let fetch = Fetch::Request(request);
        let sending = Box::pin(fetch.send_with_signal(&signal));
        let response: Response = match select(sending, Delay::from(FARM_TIMEOUT)).await {
            Either::Left((Ok(response), _)) => response,
            Either::Left((Err(e), _)) => {
                return Err(EdgeError::FarmUnavailable(format!("{url}: {e}")));
            }
            Either::Right(_) => {
                controller.abort();
                return Err(EdgeError::FarmUnavailable(format!(
                    "{url}: no answer in {FARM_TIMEOUT:?}"
                )));
            }
        };
        Ok(response)
    }
}

impl FarmReply {
    /// Keeps 2xx answers; turns the rest into the matching [`EdgeError`].
    pub fn success(self) -> Result<FarmReply, EdgeError> {
        if (200..300).contains(&self.status) {
            Ok(self)
        } else {
            Err(farm_error(self.status, &self.body, self.retry_after))
        }
    }

    /// Keeps 2xx answers and a premium gate's teaser (403 with a `LockedProblem` or `LockedSet`
    /// body, which the client shows rather than an error); the rest as in [`Self::success`].
    pub fn success_or_locked(self) -> Result<FarmReply, EdgeError> {
        let locked = self.status == 403
            && std::str::from_utf8(&self.body).is_ok_and(algoarena_shared::premium::is_locked_body);
        if locked {
            Ok(self)
        } else {
            self.success()
        }
    }

    /// The body as `T`; a body that does not fit the contract is the farm's fault (502).
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, EdgeError> {
        serde_json::from_slice(&self.body).map_err(|e| {
            EdgeError::FarmUnavailable(format!("the farm's answer does not fit the contract: {e}"))
        })
    }

    /// Passes the answer through to the client unchanged.
    pub fn into_response(self) -> Result<Response, EdgeError> {
        if self.status == 204 || self.body.is_empty() {
            return Ok(Response::empty()?.with_status(self.status));
        }
        json_response(self.status, self.body)
    }
}

/// The [`EdgeError`] for a farm answer with an error status.
fn retry_after_of(response: &Response) -> Option<u64> {
    response.headers().get("retry-after").ok().flatten().and_then(|v| v.trim().parse().ok())
}

pub fn farm_error(status: u16, body: &[u8], retry_after: Option<u64>) -> EdgeError {
    match serde_json::from_slice::<ErrorBody>(body) {
        // Our own signature being refused is a deployment fault (secret or clock), not
        // something the person can act on: it must not surface as a 401 that signs them out.
        Ok(envelope) if envelope.error.code == "bad_signature" => {
            EdgeError::FarmUnavailable("the farm refused the edge's signature".into())
        }
        Ok(envelope) if (400..600).contains(&status) => {
            EdgeError::Farm { status, body: envelope, retry_after }
        }
        _ => EdgeError::FarmUnavailable(format!(
            "the farm answered {status} without an error envelope"
        )),
    }
}

/// The four signing headers for one request.
pub fn signature_headers(
    secret: &[u8],
    method: &str,
    path_and_query: &str,
    timestamp: i64,
    nonce: &str,
    user: &str,
    body: &[u8],
) -> [(&'static str, String); 4] {
    let parts = SignedParts { method, path_and_query, timestamp, nonce, user, body };
    [
        (HEADER_TIMESTAMP, timestamp.to_string()),
        (HEADER_NONCE, nonce.to_string()),
        (HEADER_USER, user.to_string()),
        (HEADER_SIGNATURE, sign(secret, &parts)),
    ]
}

/// 16 random bytes as 32 hex characters.
pub fn new_nonce() -> Result<String, EdgeError> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).map_err(|e| EdgeError::internal(format!("getrandom: {e}")))?;
    Ok(hex::encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use algoarena_shared::signing::verify;

    #[test]
    fn signed_headers_verify_with_the_shared_scheme() {
        let headers = signature_headers(
            b"s3cret",
            "POST",
            "/internal/submissions",
            1_000,
            &"a".repeat(32),
            "u1",
            b"{}",
        );
        let get = |name: &str| headers.iter().find(|(n, _)| *n == name).unwrap().1.clone();
        assert_eq!(get("x-aa-timestamp"), "1000");
        assert_eq!(get("x-aa-user"), "u1");
        let nonce = get("x-aa-nonce");
        let parts = SignedParts {
            method: "POST",
            path_and_query: "/internal/submissions",
            timestamp: 1_000,
            nonce: &nonce,
            user: "u1",
            body: b"{}",
        };
        assert_eq!(verify(b"s3cret", &parts, &get("x-aa-signature"), 1_010), Ok(()));
    }

    #[test]
    fn nonces_are_32_fresh_hex_characters() {
        let a = new_nonce().unwrap();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, new_nonce().unwrap());
    }

    #[test]
    fn farm_envelopes_pass_through_with_their_status() {
        let body = br#"{"error":{"code":"problem_not_found","message":"No such problem."}}"#;
        match farm_error(404, body, None) {
            EdgeError::Farm { status, body, .. } => {
                assert_eq!(status, 404);
                assert_eq!(body.error.code, "problem_not_found");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_full_queue_keeps_the_farms_retry_after() {
        let body = br#"{"error":{"code":"queue_full","message":"Busy."}}"#;
        match farm_error(503, body, Some(10)) {
            EdgeError::Farm { status, retry_after, .. } => {
                assert_eq!((status, retry_after), (503, Some(10)))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_refused_edge_signature_or_a_bodyless_error_is_a_502() {
        let refused = br#"{"error":{"code":"bad_signature","message":"no"}}"#;
        assert_eq!(farm_error(401, refused, None).status_code(), 502);
        assert_eq!(farm_error(503, b"<html>Bad gateway</html>", None).status_code(), 502);
        assert_eq!(farm_error(500, b"", None).status_code(), 502);
    }
}
