//! The route table, built once per isolate and reused by every request it serves.
//!
//! `worker::Router` is consumed by `run`, so it would be rebuilt (some ninety patterns inserted
//! into per-method trees) on every request; this one is run by reference. It keeps
//! `worker::Router`'s meaning exactly, pattern syntax included (`:name`, `*rest`, matchit 0.7):
//! the method's tree first; then 405 when another method has the path; then the any-method
//! fallbacks; then 404.

use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;

use futures_util::future::LocalBoxFuture;
use worker::{Env, Method, Request, Response};

use crate::config::Settings;

type Handler<'a> = Rc<dyn 'a + Fn(Request, Ctx) -> LocalBoxFuture<'a, worker::Result<Response>>>;

/// A registered handler with the pattern it was registered under (the route's metric label).
struct Route<'a> {
    pattern: Rc<str>,
    handler: Handler<'a>,
}

/// A request's answer with the pattern that answered it: `None` when no route matched (404)
/// or only another method's did (405).
pub struct Routed {
    pub response: worker::Result<Response>,
    pub pattern: Option<Rc<str>>,
}

/// What a handler gets: the isolate's settings, the request's bindings and the path's
/// parameters.
pub struct Ctx {
    pub data: Rc<Settings>,
    pub env: Env,
    params: HashMap<String, String>,
}

impl Ctx {
    /// A parameter of the matched pattern (`:slug` is `param("slug")`).
    pub fn param(&self, key: &str) -> Option<&String> {
        self.params.get(key)
    }
}

/// Method-specific trees and the any-method fallbacks.
pub struct AppRouter<'a> {
    by_method: HashMap<Method, matchit::Router<Route<'a>>>,
    any_method: matchit::Router<Route<'a>>,
}

impl Default for AppRouter<'_> {
    fn default() -> Self {
        AppRouter::new()
    }
}

impl<'a> AppRouter<'a> {
    pub fn new() -> Self {
        AppRouter { by_method: HashMap::new(), any_method: matchit::Router::new() }
    }

    pub fn get_async<T>(self, pattern: &str, f: impl Fn(Request, Ctx) -> T + 'a) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        self.add(Method::Get, pattern, f)
    }

    pub fn post_async<T>(self, pattern: &str, f: impl Fn(Request, Ctx) -> T + 'a) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        self.add(Method::Post, pattern, f)
    }

    pub fn put_async<T>(self, pattern: &str, f: impl Fn(Request, Ctx) -> T + 'a) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        self.add(Method::Put, pattern, f)
    }

    pub fn patch_async<T>(self, pattern: &str, f: impl Fn(Request, Ctx) -> T + 'a) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        self.add(Method::Patch, pattern, f)
    }

    pub fn delete_async<T>(self, pattern: &str, f: impl Fn(Request, Ctx) -> T + 'a) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        self.add(Method::Delete, pattern, f)
    }

    /// A handler for every method that no method-specific route claims at this path.
    pub fn or_else_any_method_async<T>(
        mut self,
        pattern: &str,
        f: impl Fn(Request, Ctx) -> T + 'a,
    ) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        let handler: Handler<'a> = Rc::new(move |req, ctx| Box::pin(f(req, ctx)));
        if let Err(e) = self.any_method.insert(pattern, Route { pattern: pattern.into(), handler })
        {
            panic!("failed to register the any-method route {pattern}: {e}");
        }
        self
    }

    fn add<T>(mut self, method: Method, pattern: &str, f: impl Fn(Request, Ctx) -> T + 'a) -> Self
    where
        T: Future<Output = worker::Result<Response>> + 'a,
    {
        let handler: Handler<'a> = Rc::new(move |req, ctx| Box::pin(f(req, ctx)));
        let route = Route { pattern: pattern.into(), handler };
        // A clash is a programming error found by the first request of any deployment.
        if let Err(e) = self.by_method.entry(method.clone()).or_default().insert(pattern, route) {
            panic!("failed to register {method:?} {pattern}: {e}");
        }
        self
    }

    /// Answers `req` with the route its method and path name.
    pub async fn run(&self, req: Request, env: Env, data: Rc<Settings>) -> Routed {
        let path = req.path();
        let found = match self.by_method.get(&req.method()).and_then(|t| t.at(&path).ok()) {
            Some(found) => Some(found),
            None => {
                let other_method = self.by_method.iter().any(|(method, tree)| {
                    !matches!(method, Method::Head | Method::Options | Method::Trace)
                        && tree.at(&path).is_ok()
                });
                if other_method {
                    let response = Response::error("Method Not Allowed", 405);
                    return Routed { response, pattern: None };
                }
                self.any_method.at(&path).ok()
            }
        };
        let Some(found) = found else {
            return Routed { response: Response::error("Not Found", 404), pattern: None };
        };
        let (handler, pattern) = (Rc::clone(&found.value.handler), Rc::clone(&found.value.pattern));
        let ctx = Ctx { data, env, params: params(&found.params) };
        Routed { response: handler(req, ctx).await, pattern: Some(pattern) }
    }
}

fn params(found: &matchit::Params<'_, '_>) -> HashMap<String, String> {
    found.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn ok(_: Request, _: Ctx) -> worker::Result<Response> {
        unreachable!("handlers are not run natively")
    }

    #[test]
    fn the_edges_own_patterns_register_without_a_clash() {
        // The whole table, as the Worker builds it: a clash would panic here first.
        let router = crate::routes::table();
        let get = &router.by_method[&Method::Get];
        let found = get.at("/api/problems/two-sum").unwrap();
        assert_eq!(found.params.get("slug"), Some("two-sum"));
        assert!(get.at("/api/problems/tags").is_ok());
        assert!(router.any_method.at("/problems/two-sum").is_ok());
        assert!(router.any_method.at("/").is_ok());
    }

    #[test]
    fn a_pattern_registered_twice_for_one_method_panics() {
        let twice = std::panic::catch_unwind(|| {
            AppRouter::new().get_async("/a/:x", ok).get_async("/a/:y", ok)
        });
        assert!(twice.is_err());
    }
}
