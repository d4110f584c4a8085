//! What an access token says about premium. The edge mints tokens from the `User` the farm
//! returns at sign-in and refresh; a premium member whose plan has expired is reported as free
//! there, so a lapsed plan ends in every token by the next refresh (15 minutes at most). The
//! one premium predicate stays `practice::premium::is_premium`.

use algoarena_shared::api::{Role, User};
use sqlx::PgPool;

use crate::accounts::db::users::UserRow;
use crate::db::Result;
use crate::practice::premium::is_premium;

/// `row` as a token carries it: its effective role.
pub async fn token_user(db: &PgPool, row: &UserRow) -> Result<User> {
    let mut user = row.to_api();
    if user.role == Role::Premium && !is_premium(db, row.id).await? {
        user.role = Role::Free;
    }
    Ok(user)
}
