//! Reading a Kattis `validator_flags` string (problem.yaml) into the default-validator checker.

use super::Checker;

/// Every flag Kattis's default output validator knows, for the error message.
const KNOWN_FLAGS: &str =
    "case_sensitive, space_change_sensitive, float_tolerance, float_absolute_tolerance, float_relative_tolerance";

/// The checker Kattis's default validator would be with these `validator_flags`, for example
/// `"float_tolerance 1e-6"` or `"case_sensitive space_change_sensitive"`.
///
/// Kattis's defaults hold for what is not named: case-insensitive, space-change-insensitive,
/// no float tolerance. Without a float flag the result is [`Checker::Tokens`], otherwise
/// [`Checker::Float`]; `float_tolerance x` sets both tolerances to `x`. A flag given twice takes
/// its last value, as in Kattis. Unknown flags and missing, negative or non-finite numbers are
/// errors whose message names the flag.
pub fn from_kattis_flags(flags: &str) -> Result<Checker, String> {
    let mut case_sensitive = false;
    let mut space_change_sensitive = false;
    let mut absolute = None;
    let mut relative = None;
    let mut words = flags.split_whitespace();
    while let Some(flag) = words.next() {
        match flag {
            "case_sensitive" => case_sensitive = true,
            "space_change_sensitive" => space_change_sensitive = true,
            "float_absolute_tolerance" => absolute = Some(tolerance(flag, words.next())?),
            "float_relative_tolerance" => relative = Some(tolerance(flag, words.next())?),
            "float_tolerance" => {
                let both = tolerance(flag, words.next())?;
                absolute = Some(both);
                relative = Some(both);
            }
            unknown => {
                return Err(format!(
                    "unknown validator flag {unknown:?} (known flags: {KNOWN_FLAGS})"
                ))
            }
        }
    }
    Ok(if absolute.is_none() && relative.is_none() {
        Checker::Tokens { case_sensitive, space_change_sensitive }
    } else {
        Checker::Float { absolute, relative, case_sensitive, space_change_sensitive }
    })
}

fn tolerance(flag: &str, value: Option<&str>) -> Result<f64, String> {
    let value = value.ok_or_else(|| format!("validator flag {flag} needs a number after it"))?;
    match value.parse::<f64>() {
        Ok(number) if number.is_finite() && number >= 0.0 => Ok(number),
        _ => Err(format!("validator flag {flag} needs a non-negative number, got {value:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::from_kattis_flags;
    use crate::checkers::Checker;

    #[test]
    fn no_flags_is_the_kattis_default() {
        let default = Checker::Tokens { case_sensitive: false, space_change_sensitive: false };
        assert_eq!(from_kattis_flags(""), Ok(default.clone()));
        assert_eq!(from_kattis_flags("  \n"), Ok(default));
    }

    #[test]
    fn case_and_space_flags_make_a_token_checker() {
        assert_eq!(
            from_kattis_flags("case_sensitive space_change_sensitive"),
            Ok(Checker::Tokens { case_sensitive: true, space_change_sensitive: true })
        );
        assert_eq!(
            from_kattis_flags("space_change_sensitive"),
            Ok(Checker::Tokens { case_sensitive: false, space_change_sensitive: true })
        );
    }

    #[test]
    fn float_tolerance_sets_both_tolerances() {
        assert_eq!(
            from_kattis_flags("float_tolerance 1e-6"),
            Ok(Checker::Float {
                absolute: Some(1e-6),
                relative: Some(1e-6),
                case_sensitive: false,
                space_change_sensitive: false
            })
        );
    }

    #[test]
    fn separate_tolerances_and_other_flags_combine() {
        assert_eq!(
            from_kattis_flags("float_relative_tolerance 1e-4 float_absolute_tolerance 1e-9"),
            Ok(Checker::Float {
                absolute: Some(1e-9),
                relative: Some(1e-4),
                case_sensitive: false,
                space_change_sensitive: false
            })
        );
        assert_eq!(
            from_kattis_flags("case_sensitive float_relative_tolerance 0.001"),
            Ok(Checker::Float {
                absolute: None,
                relative: Some(0.001),
                case_sensitive: true,
                space_change_sensitive: false
            })
        );
    }

    #[test]
    fn a_later_flag_overrides_an_earlier_one() {
        assert_eq!(
            from_kattis_flags("float_tolerance 1e-6 float_absolute_tolerance 0.5"),
            Ok(Checker::Float {
                absolute: Some(0.5),
                relative: Some(1e-6),
                case_sensitive: false,
                space_change_sensitive: false
            })
        );
    }

    #[test]
    fn unknown_flags_are_rejected_by_name() {
        let error = from_kattis_flags("case_sensitive ignore_case").unwrap_err();
        assert!(error.contains("\"ignore_case\""), "{error}");
        assert!(from_kattis_flags("1e-6").is_err());
        assert!(from_kattis_flags("Case_Sensitive").is_err());
    }

    #[test]
    fn a_tolerance_needs_a_valid_number() {
        assert_eq!(
            from_kattis_flags("float_tolerance"),
            Err("validator flag float_tolerance needs a number after it".to_string())
        );
        assert_eq!(
            from_kattis_flags("float_tolerance abc"),
            Err("validator flag float_tolerance needs a non-negative number, got \"abc\""
                .to_string())
        );
        assert!(from_kattis_flags("float_absolute_tolerance -1e-6").is_err());
        assert!(from_kattis_flags("float_relative_tolerance nan").is_err());
        assert!(from_kattis_flags("float_relative_tolerance inf").is_err());
        assert!(from_kattis_flags("float_tolerance case_sensitive").is_err());
    }
}
