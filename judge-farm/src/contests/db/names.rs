//! The names the contest columns store for shared's enums, both ways.

use algoarena_shared::contest_api::ContestPhase;
use algoarena_shared::contest_package::ContestKind;
use algoarena_shared::scoring::Format;

pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::LeetCode => "leetcode",
        Format::Icpc => "icpc",
        Format::Ioi => "ioi",
    }
}

pub fn kind_name(kind: ContestKind) -> &'static str {
    match kind {
        ContestKind::Weekly => "weekly",
        ContestKind::Biweekly => "biweekly",
        ContestKind::Virtual => "virtual",
    }
}

fn decode_error(column: &str, value: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.into(),
        source: format!("{value:?} is not a known {column}").into(),
    }
}

pub fn parse_format(name: &str) -> Result<Format, sqlx::Error> {
    [Format::LeetCode, Format::Icpc, Format::Ioi]
        .into_iter()
        .find(|f| format_name(*f) == name)
        .ok_or_else(|| decode_error("format", name))
}

pub fn parse_kind(name: &str) -> Result<ContestKind, sqlx::Error> {
    [ContestKind::Weekly, ContestKind::Biweekly, ContestKind::Virtual]
        .into_iter()
        .find(|k| kind_name(*k) == name)
        .ok_or_else(|| decode_error("type", name))
}

pub fn parse_phase(name: &str) -> Result<ContestPhase, sqlx::Error> {
    match name {
        "upcoming" => Ok(ContestPhase::Upcoming),
        "running" => Ok(ContestPhase::Running),
        "ended" => Ok(ContestPhase::Ended),
        _ => Err(decode_error("phase", name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_as_itself() {
        for f in [Format::LeetCode, Format::Icpc, Format::Ioi] {
            assert_eq!(parse_format(format_name(f)).unwrap(), f);
        }
        for k in [ContestKind::Weekly, ContestKind::Biweekly, ContestKind::Virtual] {
            assert_eq!(parse_kind(kind_name(k)).unwrap(), k);
        }
        assert!(parse_kind("custom").is_err());
    }
}
