//! The `users` table.

use algoarena_shared::api::User;
use chrono::{DateTime, Utc};
use sqlx::{FromRow, PgExecutor};
use uuid::Uuid;

use crate::error::{ApiResult, ResultExt};

#[derive(Debug, FromRow)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub username: String,
    pub display_name: Option<String>,
    pub role: Option<String>,
    pub rating: Option<i32>,
    pub created_at: Option<DateTime<Utc>>,
    pub password_hash: Option<String>,
}

impl UserRow {
    pub fn to_api(&self) -> User {
        User {
            id: self.id.to_string(),
            email: self.email.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            role: self.role.clone().unwrap_or_else(|| "free".into()),
            rating: self.rating.unwrap_or(1500),
            created_at: self.created_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        }
    }
}

const COLUMNS: &str =
    "id, email, username, display_name, role, rating, created_at, password_hash";

pub async fn insert(
    db: impl PgExecutor<'_>,
    email: &str,
    username: &str,
    password_hash: &str,
) -> ApiResult<UserRow> {
    let sql = format!(
        "insert into users (email, username, password_hash) values ($1, $2, $3) returning {COLUMNS}"
    );
    sqlx::query_as::<_, UserRow>(&sql)
        .bind(email)
        .bind(username)
        .bind(password_hash)
        .fetch_one(db)
        .await
        .on_unique(&[
            ("email", "email_taken", "An account with that email already exists."),
            ("username", "username_taken", "That username is taken."),
        ])
}

pub async fn find_by_email(db: impl PgExecutor<'_>, email: &str) -> ApiResult<Option<UserRow>> {
    let sql = format!("select {COLUMNS} from users where email = $1");
    Ok(sqlx::query_as::<_, UserRow>(&sql).bind(email).fetch_optional(db).await?)
}

pub async fn find_by_id(db: impl PgExecutor<'_>, id: Uuid) -> ApiResult<Option<UserRow>> {
    let sql = format!("select {COLUMNS} from users where id = $1");
    Ok(sqlx::query_as::<_, UserRow>(&sql).bind(id).fetch_optional(db).await?)
}
