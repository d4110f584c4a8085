//! The edge's own metrics (docs/operations.md "Edge metrics"): one data point per request with
//! its route pattern, method, status class, cache outcome, whether a rate limit refused it, and
//! its wall time. Written to the Workers Analytics Engine dataset bound as `EDGE_METRICS`, and
//! logged as one JSON line (`{"edge_metric":{...}}`) so Workers Logs (`wrangler tail`) and a
//! local stack's log carry the same figures.

use serde::Serialize;
use worker::{AnalyticsEngineDataPointBuilder, Env, Response};

use crate::http::CACHE_HEADER;

/// The Analytics Engine binding (wrangler.toml, every environment).
const BINDING: &str = "EDGE_METRICS";

/// One request as the metrics see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestMetric {
    /// The matched route pattern (`/api/problems/:slug`), never the raw path, so the label set
    /// stays small and no slug or token lands in the metrics; `-` when nothing matched.
    pub route: String,
    pub method: String,
    pub status: u16,
    /// `2xx`, `4xx`...: what dashboards group by.
    pub status_class: &'static str,
    /// `hit`, `miss` or `bypass` for KV-backed reads, `none` for everything else.
    pub cache: String,
    /// `limited` when a rate limit refused the request (a 429, the edge's or the farm's).
    pub limit: &'static str,
    pub wall_ms: f64,
}

impl RequestMetric {
    /// The metric of `response`, answered by `route` (if any) `wall_ms` after it arrived.
    pub fn of(route: Option<&str>, method: &str, response: &Response, wall_ms: f64) -> Self {
        let status = response.status_code();
        let cache = response.headers().get(CACHE_HEADER).ok().flatten();
        RequestMetric {
            route: route.unwrap_or("-").to_string(),
            method: method.to_string(),
            status,
            status_class: status_class(status),
            cache: cache.unwrap_or_else(|| "none".to_string()),
            limit: if status == 429 { "limited" } else { "ok" },
            wall_ms,
        }
    }

    /// Writes the data point and the log line. A missing binding or a refused write costs the
    /// request nothing: metrics never fail an answer.
    pub fn record(&self, env: &Env) {
        if let Ok(dataset) = env.analytics_engine(BINDING) {
            let point = AnalyticsEngineDataPointBuilder::new()
                .indexes([self.route.as_str()])
                .blobs([self.method.as_str(), self.status_class, self.cache.as_str(), self.limit])
                .doubles([self.wall_ms, 1.0])
                .build();
            if let Err(e) = dataset.write_data_point(&point) {
                worker::console_warn!("edge metric not written: {e}");
            }
        }
        match serde_json::to_string(&LogLine { edge_metric: self }) {
            Ok(line) => worker::console_log!("{line}"),
            Err(e) => worker::console_warn!("edge metric not logged: {e}"),
        }
    }
}

#[derive(Serialize)]
struct LogLine<'a> {
    edge_metric: &'a RequestMetric,
}

fn status_class(status: u16) -> &'static str {
    match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_fall_into_their_classes() {
        assert_eq!(status_class(101), "1xx");
        assert_eq!(status_class(204), "2xx");
        assert_eq!(status_class(304), "3xx");
        assert_eq!(status_class(429), "4xx");
        assert_eq!(status_class(502), "5xx");
    }
}
