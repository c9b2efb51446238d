//! What a server-function body gets from the HTTP exchange it runs in ([`Ctx`]): the
//! shared state, the request's id, the caller's address and browser, the cookies, and a
//! way to set cookies on the answer. Built once per call by [`crate::endpoints`].

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::ConnectInfo;
use http::header::{AUTHORIZATION, COOKIE, FORWARDED, SET_COOKIE, USER_AGENT};
use http::request::Parts;
use http::HeaderMap;
use http::HeaderValue;
use ipnet::IpNet;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::error::Result;
use crate::state::AppState;

/// The id every log line of one request carries (set by the router's first layer).
#[derive(Clone, Debug, Default)]
pub struct RequestId(pub Arc<str>);

#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub request_id: RequestId,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// The `Authorization` header, when there is one (scripts sending an app password
    /// with HTTP Basic, see [`crate::basic_auth`]); one longer than 1 KiB is kept empty.
    pub authorization: Option<String>,
    /// The endpoint called, as a path under `/api/` (`members/list`): what a widget
    /// token or an API key is checked against.
    pub endpoint: String,
    cookies: Vec<(String, String)>,
}

impl RequestMeta {
    fn from_parts(parts: &Parts, trusted_proxies: &[IpNet]) -> RequestMeta {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let ip = peer.map(|peer| client_address(peer, &parts.headers, trusted_proxies).to_string());
        let user_agent =
            parts.headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).map(|s| s.chars().take(300).collect());
        let cookies = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let request_id = parts.extensions.get::<RequestId>().cloned().unwrap_or_default();
        let authorization = parts
            .headers
            .get(AUTHORIZATION)
            .map(|v| v.to_str().ok().filter(|s| s.len() <= 1024).unwrap_or_default().to_string());
        let endpoint = parts.uri.path().trim_start_matches("/api/").to_string();
        RequestMeta { request_id, ip, user_agent, authorization, endpoint, cookies }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The key brute-force counters use for this caller's address: the address, or for
    /// IPv6 its /64 network (what one line or host gets; an attacker has the whole of it).
    pub fn address_key(&self) -> String {
        match self.ip.as_deref().map(str::parse::<IpAddr>) {
            Some(Ok(IpAddr::V6(v6))) => ipnet::Ipv6Net::new(v6, 64).map_or(v6.to_string(), |n| n.trunc().to_string()),
            Some(Ok(ip)) => ip.to_string(),
            _ => "unknown".into(),
        }
    }
}

/// One server-function call: the state and the request it answers.
#[derive(Clone)]
pub struct Ctx {
    pub state: AppState,
    pub request: Arc<RequestMeta>,
    response: Option<ResponseOptions>,
}

pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

impl Ctx {
    /// The call being answered; must run inside the server function (Leptos context).
    pub fn current(state: AppState) -> Ctx {
        let trusted = &state.config().trusted_proxies;
        let request = use_context::<Parts>().map(|p| RequestMeta::from_parts(&p, trusted)).unwrap_or_default();
        Ctx { state, request: Arc::new(request), response: use_context::<ResponseOptions>() }
    }

    /// Outside any request (an operator's command): no address, no cookies.
    pub fn detached(state: AppState) -> Ctx {
        Ctx { state, request: Arc::new(RequestMeta::default()), response: None }
    }

    pub fn now(&self) -> i64 {
        self.state.now()
    }

    pub fn pool(&self) -> &sqlx::AnyPool {
        self.state.pool()
    }

    pub fn config(&self) -> &crate::config::Config {
        self.state.config()
    }

    /// A write transaction (see [`crate::db::begin_write`]).
    pub async fn write(&self) -> Result<Tx> {
        self.state.write().await
    }

    /// Adds a `Set-Cookie` header to the answer.
    pub fn set_cookie(&self, value: String) {
        if let (Some(opts), Ok(v)) = (&self.response, HeaderValue::from_str(&value)) {
            opts.append_header(SET_COOKIE, v);
        }
    }
}

/// The client's address: the connection's peer, unless the peer is a trusted proxy; then
/// the right-most address of `X-Forwarded-For` (or `Forwarded: for=`) that is not itself
/// a trusted proxy — the entries to its left were written by the client and prove nothing.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted_proxies: &[IpNet]) -> IpAddr {
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d.
    let peer = peer.to_canonical();
    let trusted = |ip: &IpAddr| trusted_proxies.iter().any(|net| net.contains(ip));
    if !trusted(&peer) {
        return peer;
    }
    // Entries as written, right-most last; one that does not parse (`unknown`, an
    // obfuscated name) ends the walk: what stands left of it proves nothing.
    let mut chain: Vec<Option<IpAddr>> = Vec::new();
    for value in headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()) {
        chain.extend(value.split(',').map(|s| parse_forwarded_ip(s.trim())));
    }
    if chain.is_empty() {
        for value in headers.get_all(FORWARDED).iter().filter_map(|v| v.to_str().ok()) {
            for element in value.split(',') {
                let for_value = element
                    .split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(k, _)| k.eq_ignore_ascii_case("for"))
                    .map(|(_, v)| v.trim().trim_matches('"'));
                chain.push(for_value.and_then(parse_forwarded_ip));
            }
        }
    }
    for entry in chain.into_iter().rev() {
        match entry.map(|ip| ip.to_canonical()) {
            Some(ip) if trusted(&ip) => continue,
            Some(ip) => return ip,
            None => return peer,
        }
    }
    peer
}

/// `203.0.113.7`, `203.0.113.7:4711`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse_forwarded_ip(s: &str) -> Option<IpAddr> {
    if let Ok(ip) = s.parse() {
        return Some(ip);
    }
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    s.rsplit_once(':').and_then(|(ip, _)| ip.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn forwarded_headers_count_only_from_a_trusted_proxy() {
        let proxy: IpNet = "10.0.0.0/8".parse().unwrap();
        let spoof = headers(&[("x-forwarded-for", "203.0.113.9")]);
        let peer: IpAddr = "198.51.100.1".parse().unwrap();
        assert_eq!(client_address(peer, &spoof, &[proxy]), peer, "an untrusted peer's header is ignored");
        assert_eq!(client_address(peer, &spoof, &[]), peer);
        let via_proxy: IpAddr = "10.0.0.5".parse().unwrap();
        // The client wrote "1.1.1.1" itself; the proxy appended the real address.
        let chain = headers(&[("x-forwarded-for", "1.1.1.1, 203.0.113.9, 10.0.0.7")]);
        assert_eq!(client_address(via_proxy, &chain, &[proxy]), "203.0.113.9".parse::<IpAddr>().unwrap());
        let fwd = headers(&[("forwarded", "for=\"[2001:db8::1]:4711\";proto=https, for=10.0.0.9")]);
        assert_eq!(client_address(via_proxy, &fwd, &[proxy]), "2001:db8::1".parse::<IpAddr>().unwrap());
        assert_eq!(client_address(via_proxy, &HeaderMap::new(), &[proxy]), via_proxy, "no header: the proxy itself");
        let hidden = headers(&[("x-forwarded-for", "203.0.113.9, unknown, 10.0.0.7")]);
        assert_eq!(
            client_address(via_proxy, &hidden, &[proxy]),
            via_proxy,
            "nothing left of an unreadable entry counts"
        );
        let mapped: IpAddr = "::ffff:10.0.0.5".parse().unwrap();
        assert_eq!(
            client_address(mapped, &chain, &[proxy]),
            "203.0.113.9".parse::<IpAddr>().unwrap(),
            "dual-stack peer"
        );
    }

    #[test]
    fn an_ipv6_client_counts_by_its_64_network() {
        let meta = |ip: &str| RequestMeta { ip: Some(ip.into()), ..RequestMeta::default() };
        assert_eq!(meta("2001:db8:1:2:aaaa::1").address_key(), "2001:db8:1:2::/64");
        assert_eq!(meta("2001:db8:1:2:bbbb::9").address_key(), meta("2001:db8:1:2:aaaa::1").address_key());
        assert_eq!(meta("203.0.113.9").address_key(), "203.0.113.9");
    }
}
