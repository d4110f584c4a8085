//! `GET /api/auth/{google,github}` starts a sign-in (302 to the provider, with `state` and a
//! PKCE challenge) and `GET /api/auth/{google,github}/callback` finishes it: the `state` must
//! match the sealed cookie and is used once, the code is exchanged with the PKCE verifier, and
//! the farm signs in the account linked to the provider's subject. The browser then goes to
//! the allow-listed `next` path with the refresh cookie set, or, for an account with 2FA, to
//! `/login#pending=<token>`. Failures go to `/login?error=<code>`.

use algoarena_shared::account::{FarmSignIn, OAuthIdentity};
use worker::{Fetch, Headers, Method, Request, RequestInit, Response};

use crate::auth::cookie::set_refresh_cookie;
use crate::auth::jwt::mint_pending;
use crate::auth::oauth::{
    authorize_url, form, form_encode, github_identity, google_identity, random_token, safe_next,
    same, seal, unseal, FlowState, Provider, FLOW_TTL_SECS, STATE_COOKIE,
};
use crate::config::{ProviderConfig, Settings};
use crate::error::EdgeError;
use crate::http::{header, now_secs, ClientInfo};
use crate::rooms::rate_limiter;
use crate::routes::{handler, AppRouter, Ctx};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/auth/google", handler(|req, ctx| start(req, ctx, Provider::Google)))
        .get_async("/api/auth/github", handler(|req, ctx| start(req, ctx, Provider::Github)))
        .get_async(
            "/api/auth/google/callback",
            handler(|req, ctx| callback(req, ctx, Provider::Google)),
        )
        .get_async(
            "/api/auth/github/callback",
            handler(|req, ctx| callback(req, ctx, Provider::Github)),
        )
}

fn config(settings: &Settings, provider: Provider) -> Result<&ProviderConfig, EdgeError> {
    match provider {
        Provider::Google => settings.google.as_ref(),
        Provider::Github => settings.github.as_ref(),
    }
    .ok_or_else(|| {
        EdgeError::NotFound(format!("Sign-in with {} is not configured here.", provider.name()))
    })
}

/// The key that seals the state cookie, derived from the farm secret (never used directly).
fn sealing_key(settings: &Settings) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(format!("aa-oauth-cookie\n{}", settings.farm_secret.expose()).as_bytes())
        .to_vec()
}

fn redirect_uri(req: &Request, provider: Provider) -> Result<String, EdgeError> {
    let url = req.url()?;
    Ok(format!("{}/api/auth/{}/callback", url.origin().ascii_serialization(), provider.name()))
}

fn query(req: &Request, name: &str) -> Result<Option<String>, EdgeError> {
    Ok(req.url()?.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned()))
}

fn state_cookie(value: &str, max_age: i64) -> String {
    // Lax, not Strict: the callback is a top-level navigation coming from the provider's site.
    format!(
        "{STATE_COOKIE}={value}; HttpOnly; Secure; SameSite=Lax; Path=/api/auth; Max-Age={max_age}"
    )
}

fn redirect(location: &str, cookies: &[String]) -> Result<Response, EdgeError> {
    let headers = Headers::new();
    headers.set("location", location)?;
    headers.set("cache-control", "no-store")?;
    for cookie in cookies {
        headers.append("set-cookie", cookie)?;
    }
    Ok(Response::empty()?.with_status(302).with_headers(headers))
}

fn cookie_value(req: &Request, name: &str) -> Option<String> {
    header(req, "cookie")?
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| n.trim() == name)
        .map(|(_, v)| v.trim().to_string())
}

async fn start(req: Request, ctx: Ctx, provider: Provider) -> Result<Response, EdgeError> {
    let config = config(&ctx.data, provider)?;
    let flow = FlowState {
        provider,
        state: random_token()?,
        verifier: random_token()?,
        next: safe_next(query(&req, "next")?.as_deref()),
        expires_at: now_secs() + FLOW_TTL_SECS,
    };
    let url = authorize_url(config, provider, &redirect_uri(&req, provider)?, &flow);
    redirect(&url, &[state_cookie(&seal(&sealing_key(&ctx.data), &flow), FLOW_TTL_SECS)])
}

async fn callback(req: Request, ctx: Ctx, provider: Provider) -> Result<Response, EdgeError> {
    let cleared = state_cookie("", 0);
    let fail =
        |code: &str| redirect(&format!("/login?error={code}"), std::slice::from_ref(&cleared));
    let config = config(&ctx.data, provider)?;
    let flow = cookie_value(&req, STATE_COOKIE)
        .and_then(|v| unseal(&sealing_key(&ctx.data), &v, now_secs()))
        .filter(|f| f.provider == provider);
    let (Some(flow), Some(state)) = (flow, query(&req, "state")?) else {
        return fail("oauth_state");
    };
    if !same(&flow.state, &state) {
        return fail("oauth_state");
    }
    if query(&req, "error")?.is_some() {
        return fail("oauth_denied");
    }
    let Some(code) = query(&req, "code")? else { return fail("oauth_denied") };
    // One use per state, even if the cookie and the callback URL are both replayed.
    if !rate_limiter::first_use(&ctx.env, &format!("oauth-state:{state}"), FLOW_TTL_SECS as u32)
        .await?
    {
        return fail("oauth_state");
    }
    let identity = match fetch_identity(
        config,
        provider,
        &code,
        &flow.verifier,
        &redirect_uri(&req, provider)?,
    )
    .await
    {
        Ok(Some(identity)) => identity,
        Ok(None) => return fail("oauth_failed"),
        Err(e) => {
            worker::console_error!("oauth {}: {e}", provider.name());
            return fail("oauth_failed");
        }
    };
    let client = ClientInfo::from_request(&req);
    let reply = match FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/oauth", None, &identity)
        .await
    {
        Ok(reply) => reply,
        Err(EdgeError::Farm { body, .. }) => return fail(&body.error.code),
        Err(e) => return Err(e),
    };
    match reply.json::<FarmSignIn>()? {
        FarmSignIn::Session(session) => {
            let cookie = set_refresh_cookie(&session.refresh_token, session.refresh_expires_in)
                .ok_or_else(|| {
                    EdgeError::internal("the farm's refresh token is not cookie-safe")
                })?;
            redirect(&flow.next, &[cleared, cookie])
        }
        FarmSignIn::SecondFactor { two_factor_user_id } => {
            let pending = mint_pending(&ctx.data.jwt, &two_factor_user_id.to_string(), now_secs())?;
            // In the fragment, which browsers never send to a server or put in a Referer.
            redirect(
                &format!("/login#pending={pending}&next={}", form_encode(&flow.next)),
                &[cleared],
            )
        }
    }
}

async fn send_json(
    method: Method,
    url: &str,
    headers: Headers,
    body: Option<String>,
) -> Result<serde_json::Value, EdgeError> {
    headers.set("accept", "application/json")?;
    // GitHub's API refuses requests without a User-Agent.
    headers.set("user-agent", "AlgoArena")?;
    let mut init = RequestInit::new();
    init.with_method(method).with_headers(headers);
    if let Some(body) = body {
        init.with_body(Some(body.into()));
    }
    let mut response = Fetch::Request(Request::new_with_init(url, &init)?).send().await?;
    let status = response.status_code();
    if !(200..300).contains(&status) {
        return Err(EdgeError::internal(format!("{url} answered {status}")));
    }
    Ok(response.json().await?)
}

/// Exchanges the code (with the PKCE verifier) and asks the provider who signed in.
async fn fetch_identity(
    config: &ProviderConfig,
    provider: Provider,
    code: &str,
    verifier: &str,
    redirect_uri: &str,
) -> Result<Option<OAuthIdentity>, EdgeError> {
    let headers = Headers::new();
    headers.set("content-type", "application/x-www-form-urlencoded")?;
    let body = form(&[
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", redirect_uri),
        ("client_id", &config.client_id),
        ("client_secret", config.client_secret.expose()),
        ("code_verifier", verifier),
    ]);
    let token = send_json(Method::Post, &config.token_url, headers, Some(body)).await?;
    let Some(access_token) = token.get("access_token").and_then(|t| t.as_str()) else {
        return Ok(None);
    };
    let bearer = || -> Result<Headers, EdgeError> {
        let headers = Headers::new();
        headers.set("authorization", &format!("Bearer {access_token}"))?;
        Ok(headers)
    };
    let user = send_json(Method::Get, &config.userinfo_url, bearer()?, None).await?;
    Ok(match provider {
        Provider::Google => google_identity(&user),
        Provider::Github => {
            let emails = match &config.emails_url {
                Some(url) => send_json(Method::Get, url, bearer()?, None).await.ok(),
                None => None,
            };
            github_identity(&user, emails.as_ref())
        }
    })
}
