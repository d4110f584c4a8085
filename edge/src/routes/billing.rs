//! `/api/billing/*` (issue 14): plans, Checkout and Customer Portal hand-offs and the caller's
//! subscription, forwarded signed to the farm; and `POST /api/billing/webhook`, where Stripe's
//! events arrive. A webhook is admitted only with a valid `Stripe-Signature` over the raw body
//! (`crate::billing::stripe_signature`), then passed on as sent; the farm's answer decides
//! Stripe's: 2xx once applied (now or before), and a 5xx when the farm is down or failed, so
//! Stripe delivers it again. Nothing here is cached (`no-store`): each answer is per caller.

use algoarena_shared::billing::{CheckoutRequest, STRIPE_EVENTS_PATH};
use algoarena_shared::error::ErrorBody;
use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::billing::stripe_signature;
use crate::error::EdgeError;
use crate::http::{header, now_secs, read_body, ClientInfo};
use crate::rooms::rate_limiter;
use crate::store::farm::{FarmClient, FarmReply};

/// The endpoint's signing secret (`whsec_...`), a Worker secret.
const WEBHOOK_SECRET: &str = "STRIPE_WEBHOOK_SECRET";

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/billing/plans", handler(list_plans))
        .post_async("/api/billing/checkout", handler(create_checkout))
        .post_async("/api/billing/portal", handler(create_portal))
        .get_async("/api/billing/subscription", handler(get_subscription))
        .delete_async("/api/billing/subscription", handler(cancel_subscription))
        .post_async("/api/billing/webhook", handler(receive_webhook))
}

fn uncached(reply: FarmReply) -> Result<Response, EdgeError> {
    let response = reply.into_response()?;
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}

/// The plans are public: anyone may read the prices, limited per address.
async fn list_plans(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = ClientInfo::from_request(&req);
    let subject = match client.ip {
        Some(ip) => format!("ip:{ip}"),
        None => "ip:unknown".to_string(),
    };
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::API, &subject).await?;
    uncached(FarmClient::new(&ctx.data, &client).get("/internal/billing/plans", None).await?)
}

async fn create_checkout(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let body: CheckoutRequest = serde_json::from_slice(&read_body(&mut req).await?)
        .map_err(|e| EdgeError::invalid(format!("plan: {e}")))?;
    let client = ClientInfo::from_request(&req);
    uncached(
        FarmClient::new(&ctx.data, &client)
            .post("/internal/billing/checkout", Some(&user.id), &body)
            .await?,
    )
}

async fn create_portal(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    uncached(
        FarmClient::new(&ctx.data, &client)
            .post("/internal/billing/portal", Some(&user.id), &serde_json::json!({}))
            .await?,
    )
}

async fn get_subscription(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    uncached(
        FarmClient::new(&ctx.data, &client)
            .get("/internal/billing/subscription", Some(&user.id))
            .await?,
    )
}

async fn cancel_subscription(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    uncached(
        FarmClient::new(&ctx.data, &client)
            .delete("/internal/billing/subscription", Some(&user.id))
            .await?,
    )
}

fn refused(why: stripe_signature::SignatureError) -> EdgeError {
    worker::console_warn!("a webhook was refused: {why}");
    EdgeError::Farm {
        status: 400,
        body: ErrorBody::new("invalid_signature", "The Stripe-Signature header does not verify."),
        retry_after: None,
    }
}

async fn receive_webhook(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let secret = ctx
        .env
        .var(WEBHOOK_SECRET)
        .map(|s| s.to_string())
        .ok()
        .filter(|s| !s.trim().is_empty())
        // Unconfigured is our fault, and a 5xx makes Stripe retry once it is set.
        .ok_or_else(|| EdgeError::internal(format!("{WEBHOOK_SECRET} is not set")))?;
    let body = read_body(&mut req).await?;
    let signature = header(&req, "stripe-signature");
    stripe_signature::verify(secret.trim().as_bytes(), signature.as_deref(), &body, now_secs())
        .map_err(refused)?;
    let client = ClientInfo::from_request(&req);
    // Passed on byte for byte: the farm reads the event Stripe signed, not a re-encoding.
    let reply =
        FarmClient::new(&ctx.data, &client).post_bytes(STRIPE_EVENTS_PATH, None, body).await?;
    uncached(reply)
}
