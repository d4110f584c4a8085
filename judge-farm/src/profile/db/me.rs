//! The `users` row as a profile: read by id or username, and the user's edit of it.

use algoarena_shared::api::{Role, User};
use algoarena_shared::user_profile::MyProfile;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::types::Json;
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::{Error, Result, Taken};

/// A user's profile columns.
#[derive(Debug)]
pub struct ProfileRow {
    pub id: Uuid,
    pub email: String,
    pub username: String,
    pub display_name: Option<String>,
    pub role: String,
    pub rating: i32,
    pub created_at: DateTime<Utc>,
    pub bio: Option<String>,
    pub location: Option<String>,
    pub time_zone: String,
    pub links: Json<Vec<String>>,
    pub avatar_hash: Option<String>,
    pub streak_current: i32,
    pub streak_longest: i32,
    pub last_active_date: Option<NaiveDate>,
}

impl ProfileRow {
    /// Where the edge serves this user's avatar.
    pub fn avatar_url(&self) -> Option<String> {
        self.avatar_hash.as_ref().map(|hash| format!("/avatars/{hash}.png"))
    }

    pub fn to_api(&self) -> MyProfile {
        MyProfile {
            user: User {
                id: self.id.into(),
                email: self.email.clone(),
                username: self.username.clone(),
                display_name: self.display_name.clone(),
                // The column is checked against the same three names.
                role: Role::parse(&self.role).unwrap_or(Role::Free),
                rating: self.rating,
                created_at: self.created_at.to_rfc3339(),
            },
            bio: self.bio.clone(),
            location: self.location.clone(),
            time_zone: self.time_zone.clone(),
            links: self.links.0.clone(),
            avatar_url: self.avatar_url(),
        }
    }
}

pub async fn find_by_id(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<ProfileRow>> {
    Ok(sqlx::query_as!(
        ProfileRow,
        r#"select id, email, username, display_name, role, rating, created_at, bio, location,
                  time_zone, links as "links: Json<Vec<String>>", avatar_hash, streak_current,
                  streak_longest, last_active_date
             from users where id = $1"#,
        id,
    )
    .fetch_optional(db)
    .await?)
}

/// The account named `username`, whatever its case (names are unique regardless of case).
pub async fn find_by_username(
    db: impl PgExecutor<'_>,
    username: &str,
) -> Result<Option<ProfileRow>> {
    Ok(sqlx::query_as!(
        ProfileRow,
        r#"select id, email, username, display_name, role, rating, created_at, bio, location,
                  time_zone, links as "links: Json<Vec<String>>", avatar_hash, streak_current,
                  streak_longest, last_active_date
             from users where lower(username) = lower($1)"#,
        username,
    )
    .fetch_optional(db)
    .await?)
}

/// A checked profile edit (see `profile::validate`).
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileEdit {
    pub username: Option<String>,
    pub display_name: Option<String>,
    pub bio: Option<String>,
    pub location: Option<String>,
    pub time_zone: Option<String>,
    pub links: Vec<String>,
}

/// Writes `edit`; a username another account holds (in any case) is [`Taken::Username`].
/// Returns whether the time zone changed (the caller then recounts the streak).
pub async fn update(db: impl PgExecutor<'_>, id: Uuid, edit: &ProfileEdit) -> Result<bool> {
    let changed_zone = sqlx::query_scalar!(
        r#"update users u set username = coalesce($2, u.username), display_name = $3, bio = $4,
                  location = $5, time_zone = coalesce($6, u.time_zone), links = $7
             from users old
            where u.id = $1 and old.id = u.id
        returning old.time_zone <> u.time_zone as "changed!""#,
        id,
        edit.username,
        edit.display_name,
        edit.bio,
        edit.location,
        edit.time_zone,
        Json(&edit.links) as Json<&Vec<String>>,
    )
    .fetch_optional(db)
    .await
    .map_err(|e| Error::on_unique(e, &[("username", Taken::Username)]))?;
    Ok(changed_zone.unwrap_or(false))
}

/// Whether Postgres knows `name` as a time zone (the streak and heatmap queries convert with
/// it, so a name chrono-tz knows but this database does not must be refused too).
pub async fn is_known_time_zone(db: impl PgExecutor<'_>, name: &str) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select exists(select 1 from pg_timezone_names where name = $1) as "known!""#,
        name
    )
    .fetch_one(db)
    .await?)
}

/// Points the user's avatar at the stored image with this content hash.
pub async fn set_avatar(db: impl PgExecutor<'_>, id: Uuid, hash: &str) -> Result<()> {
    sqlx::query!("update users set avatar_hash = $2 where id = $1", id, hash).execute(db).await?;
    Ok(())
}
