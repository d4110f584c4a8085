//! Ratings: Elo-MMR (Ebtekar & Liu, "Elo-MMR: A Rating System for Massive Multiplayer
//! Competitions", WWW 2021), written here because the authors' `multi-skill` crate pulls in
//! reqwest, rayon and csv and does not build for wasm32. The defaults and the numerics follow
//! the `elommr` Python package 1.2.1, which `shared/tests/rating_oracle.rs` runs as an
//! independent oracle. A round is [`rate`]; live predictions during a contest are
//! [`Predictor`]. Pure: the farm stores each user's [`PlayerState`] and applies each round once.

mod curve;
mod groups;
mod math;
mod player;
mod predict;
mod round;
mod system;

pub use math::Rating;
pub use player::PlayerState;
pub use predict::Predictor;
pub use round::{rate, RatingChange, Standing};
pub use system::{EloMmr, Round, INITIAL};
