//! How many times a multi-pass problem's program may run on one test (the ICPC format's
//! `limits.validation_passes`): between 2 and [`Passes::MAX`], as `problems.validation_passes`
//! is checked.

use std::fmt;

/// The most runs of a multi-pass problem's program on one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passes(u8);

impl Passes {
    /// A bound of ours (the format sets none): each pass is a full run of the program and of
    /// the validator, so a hundred passes of a one-second limit is already minutes per test.
    pub const MAX: u32 = 100;

    /// `n` passes, or why not.
    pub fn new(n: u32) -> Result<Passes, String> {
        if (2..=Self::MAX).contains(&n) {
            Ok(Passes(n as u8))
        } else {
            Err(format!(
                "{n} validation passes: a multi-pass problem has between 2 and {}",
                Self::MAX
            ))
        }
    }

    /// As `problems.validation_passes` stores it.
    pub fn from_stored(n: i16) -> Result<Passes, String> {
        Self::new(u32::try_from(n).map_err(|_| format!("{n} validation passes"))?)
    }

    pub fn get(self) -> u32 {
        u32::from(self.0)
    }
}

impl fmt::Display for Passes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multi_pass_problem_has_two_to_a_hundred_passes() {
        assert_eq!(Passes::new(2).unwrap().get(), 2);
        assert_eq!(Passes::new(100).unwrap().get(), 100);
        assert!(Passes::new(1).unwrap_err().contains("between 2 and 100"));
        assert!(Passes::new(101).is_err());
        assert!(Passes::from_stored(-3).is_err());
        assert_eq!(Passes::from_stored(5).unwrap(), Passes::new(5).unwrap());
    }
}
