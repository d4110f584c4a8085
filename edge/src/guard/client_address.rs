//! The client's address, taken only from the header this deployment trusts
//! (`CLIENT_IP_HEADER`) and only when it parses as an IP address. Per-address rate limits key
//! on [`rate_subject`], which groups an IPv6 client by its /64: one subscriber usually holds a
//! whole /64, so keying on single v6 addresses would hand out 2^64 fresh buckets.

use std::net::{IpAddr, Ipv6Addr};

use crate::config::ClientIpSource;
use crate::error::EdgeError;

/// The client's address under `source`, read through `header` (a lookup by lowercase name).
/// `Ok(None)` when the deployment trusts no header.
pub fn resolve(
    source: &ClientIpSource,
    header: impl Fn(&str) -> Option<String>,
) -> Result<Option<IpAddr>, EdgeError> {
    let ClientIpSource::Header(name) = source else { return Ok(None) };
    let value = header(name).ok_or_else(|| {
        EdgeError::BadRequest(format!("The {name} header is missing: the client is unknown."))
    })?;
    let ip: IpAddr = value
        .trim()
        .parse()
        .map_err(|_| EdgeError::BadRequest(format!("The {name} header is not an IP address.")))?;
    Ok(Some(ip.to_canonical()))
}

/// The rate-limit subject of an address: the address itself for IPv4, its /64 for IPv6.
pub fn rate_subject(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => format!("ip:{v4}"),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            let network = Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
            format!("ip6:{network}/64")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cf() -> ClientIpSource {
        ClientIpSource::Header("cf-connecting-ip".into())
    }

    fn with(value: Option<&str>) -> impl Fn(&str) -> Option<String> + '_ {
        move |name| (name == "cf-connecting-ip").then(|| value.map(str::to_string)).flatten()
    }

    #[test]
    fn a_trusted_header_with_an_address_names_the_client() {
        assert_eq!(
            resolve(&cf(), with(Some(" 203.0.113.9 "))).unwrap(),
            "203.0.113.9".parse().ok()
        );
        assert_eq!(resolve(&cf(), with(Some("2001:db8::1"))).unwrap(), "2001:db8::1".parse().ok());
        // A v4-mapped v6 address is the v4 client, not a separate bucket.
        assert_eq!(resolve(&cf(), with(Some("::ffff:10.0.0.1"))).unwrap(), "10.0.0.1".parse().ok());
    }

    #[test]
    fn a_missing_or_non_address_value_is_refused_not_pooled() {
        for bad in [None, Some(""), Some("unknown"), Some("10.0.0.1, 10.0.0.2"), Some("10.0.0.1\0")]
        {
            assert!(matches!(resolve(&cf(), with(bad)), Err(EdgeError::BadRequest(_))), "{bad:?}");
        }
    }

    #[test]
    fn an_untrusted_deployment_reads_no_header_at_all() {
        assert_eq!(resolve(&ClientIpSource::Untrusted, with(Some("203.0.113.9"))).unwrap(), None);
    }

    #[test]
    fn ipv6_clients_are_limited_per_64() {
        let a = rate_subject("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = rate_subject("2001:db8:1:2:ffff:1:2:3".parse().unwrap());
        assert_eq!(a, b);
        assert_eq!(a, "ip6:2001:db8:1:2::/64");
        assert_ne!(a, rate_subject("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(rate_subject("198.51.100.7".parse().unwrap()), "ip:198.51.100.7");
    }
}
