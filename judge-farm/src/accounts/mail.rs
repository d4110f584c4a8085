//! Outgoing mail: Resend's HTTP API in production (TRD §11), or a local outbox (one JSON file
//! per mail in `MAIL_OUTBOX_DIR`) that a developer and the tests read.
//!
//! Handlers call [`Mailer::send_later`], so a request answers in the same time whether or not
//! it sent a mail (no account enumeration by timing) and a slow provider never holds it up.

use std::path::PathBuf;

use anyhow::{Context, Result};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::config::AuthSettings;

/// One plain-text mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    Outbox { dir: PathBuf },
    Resend { api_url: String, api_key: SecretString, from: String, http: reqwest::Client },
}

impl Mailer {
    pub fn from_settings(settings: &AuthSettings, http: reqwest::Client) -> Mailer {
        match &settings.resend_api_key {
            Some(key) => Mailer::Resend {
                api_url: settings.resend_api_url.clone(),
                api_key: key.clone(),
                from: settings.email_from.clone(),
                http,
            },
            None => Mailer::Outbox { dir: settings.mail_outbox_dir.clone() },
        }
    }

    /// Delivers `mail` now.
    pub async fn send(&self, mail: &Mail) -> Result<()> {
        match self {
            Mailer::Outbox { dir } => write_to_outbox(dir, mail).await,
            Mailer::Resend { api_url, api_key, from, http } => {
                let body = serde_json::json!({
                    "from": from, "to": [mail.to], "subject": mail.subject, "text": mail.text,
                });
                let response = http
                    .post(api_url)
                    .bearer_auth(api_key.expose_secret())
                    .json(&body)
                    .send()
                    .await
                    .context("calling Resend")?;
                let status = response.status();
                if !status.is_success() {
                    anyhow::bail!("Resend answered {status}");
                }
                Ok(())
            }
        }
    }

    /// Delivers `mail` in the background; a failure is logged (the person can ask again).
    pub fn send_later(&self, mail: Mail) {
        let mailer = self.clone();
        tokio::spawn(async move {
            if let Err(e) = mailer.send(&mail).await {
                tracing::error!(error = %format!("{e:#}"), subject = %mail.subject, "sending mail failed");
            }
        });
    }
}

/// Written to a temporary name and renamed, so a reader never sees half a mail.
async fn write_to_outbox(dir: &PathBuf, mail: &Mail) -> Result<()> {
    tokio::fs::create_dir_all(dir).await.with_context(|| format!("creating {}", dir.display()))?;
    let millis = chrono::Utc::now().timestamp_millis();
    let name = format!("{millis:015}-{}", uuid::Uuid::new_v4().simple());
    let tmp = dir.join(format!(".{name}.tmp"));
    tokio::fs::write(&tmp, serde_json::to_vec_pretty(mail)?).await?;
    tokio::fs::rename(&tmp, dir.join(format!("{name}.json"))).await?;
    tracing::info!(to = %mail.to, subject = %mail.subject, dir = %dir.display(), "mail written to the outbox");
    Ok(())
}

/// The mails of the account flows. Codes and links are the only secrets in them.
pub mod templates {
    use super::Mail;

    /// Each mail's subject: what a reader's inbox shows, and how tests tell the mails apart
    /// (they go out in the background, so their order in an outbox is not fixed).
    pub mod subject {
        pub const VERIFICATION: &str = "Your AlgoArena verification code";
        pub const ANOTHER_SIGN_UP: &str = "Another sign-up with your e-mail address";
        pub const SIGN_UP_REFUSED: &str = "Your AlgoArena sign-up did not go through";
        pub const CHOOSE_PASSWORD: &str = "Choose a password for your AlgoArena account";
        pub const SECURITY_CODE: &str = "Your AlgoArena security code";
        pub const TWO_FACTOR_CHANGED: &str = "Your AlgoArena two-factor authentication changed";
        pub const TWO_FACTOR_RESET: &str =
            "Turning off two-factor authentication on your AlgoArena account";
        pub const PASSWORD_CHANGED: &str = "Your AlgoArena password was changed";
        pub const TRIED_TO_SIGN_UP: &str = "Someone tried to sign up with your e-mail address";
        pub const PASSWORD_RESET: &str = "Reset your AlgoArena password";
        pub const SIGN_IN_LINK: &str = "Your AlgoArena sign-in link";
    }

    pub fn verification_code(to: &str, code: &str, ttl_secs: u32) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::VERIFICATION.into(),
            text: format!(
                "Your AlgoArena verification code is {code}\n\nIt is valid for {} minutes. \
                 If you did not sign up, ignore this mail.\n",
                ttl_secs.div_ceil(60)
            ),
        }
    }

    /// The code of a registration made while an earlier one for the address still waits.
    pub fn competing_registration_code(to: &str, code: &str, ttl_secs: u32) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::ANOTHER_SIGN_UP.into(),
            text: format!(
                "Someone signed up for AlgoArena with this address again, while an earlier \
                 sign-up was still waiting for its code. If that was you, your code is {code} \
                 (valid for {} minutes).\n\nBecause two sign-ups compete for this address, \
                 neither password is set when you confirm: choose your password afterwards \
                 with \"Forgot password\". Nobody gets into the account without this mailbox.\n",
                ttl_secs.div_ceil(60)
            ),
        }
    }

    /// A registration whose username is taken, for an address without an account: the answer
    /// to the request is the same as always, so the reason comes by mail.
    pub fn username_taken(to: &str, username: &str, app_url: &str) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::SIGN_UP_REFUSED.into(),
            text: format!(
                "Someone (maybe you) tried to create an AlgoArena account with this address and \
                 the username \"{username}\", which is already taken. No account was created. \
                 Sign up again with another username at {app_url}/register\n"
            ),
        }
    }

    /// After confirming an address that two sign-ups competed for.
    pub fn password_not_set(to: &str, app_url: &str) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::CHOOSE_PASSWORD.into(),
            text: format!(
                "Your address is confirmed. More than one sign-up was made with it, so we set \
                 no password and discarded every other way into the account. Choose a password \
                 at {app_url}/forgot-password\n"
            ),
        }
    }

    /// A code that proves the mailbox before a sensitive change (2FA without a password).
    pub fn step_up_code(to: &str, code: &str, ttl_secs: u32) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::SECURITY_CODE.into(),
            text: format!(
                "Your AlgoArena security code is {code}\n\nIt confirms a change to your \
                 two-factor authentication and is valid for {} minutes. If you did not ask for \
                 it, someone may have your session: sign out everywhere in Settings.\n",
                ttl_secs.div_ceil(60)
            ),
        }
    }

    /// Any change to the account's second factor, or a recovery code spent.
    pub fn two_factor_changed(to: &str, what: &str, app_url: &str) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::TWO_FACTOR_CHANGED.into(),
            text: format!(
                "{what}\n\nIf this was not you, reset your password at \
                 {app_url}/forgot-password and sign out everywhere in Settings.\n"
            ),
        }
    }

    /// The delayed 2FA reset: the link, when it starts to work, and how to stop it.
    pub fn two_factor_reset(to: &str, link: &str, delay_secs: u32) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::TWO_FACTOR_RESET.into(),
            text: format!(
                "Someone asked to turn off two-factor authentication on your account because \
                 the authenticator app and the recovery codes are lost. For your safety this \
                 link works only after {} hours, and then turns it off and signs out every \
                 session:\n\n{link}\n\nIf this was not you, just sign in with your \
                 authenticator app or a recovery code: that cancels the request.\n",
                delay_secs.div_ceil(3600)
            ),
        }
    }

    pub fn password_changed(to: &str, app_url: &str) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::PASSWORD_CHANGED.into(),
            text: format!(
                "The password of your AlgoArena account was just changed. If this was not you, \
                 reset it at {app_url}/forgot-password and sign out everywhere in Settings.\n"
            ),
        }
    }

    pub fn already_registered(to: &str, app_url: &str) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::TRIED_TO_SIGN_UP.into(),
            text: format!(
                "Someone (maybe you) tried to create an AlgoArena account with this address, \
                 which already has one. Nothing was changed.\n\nForgot your password? Reset it \
                 at {app_url}/forgot-password\n"
            ),
        }
    }

    pub fn password_reset(to: &str, link: &str, ttl_secs: u32) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::PASSWORD_RESET.into(),
            text: format!(
                "Open this link to choose a new password (valid for {} minutes, once):\n\n\
                 {link}\n\nSetting a new password signs you out everywhere. If you did not ask \
                 for this, ignore this mail.\n",
                ttl_secs.div_ceil(60)
            ),
        }
    }

    pub fn magic_link(to: &str, link: &str, ttl_secs: u32) -> Mail {
        Mail {
            to: to.into(),
            subject: subject::SIGN_IN_LINK.into(),
            text: format!(
                "Open this link and confirm to sign in (valid for {} minutes, once; a newer \
                 link replaces it):\n\n{link}\n\nIf you did not ask for this, ignore this mail.\n",
                ttl_secs.div_ceil(60)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn resend_gets_the_mail_with_the_api_key_as_bearer() {
        use axum::extract::Json;
        use axum::http::HeaderMap;
        let (tx, mut rx) =
            tokio::sync::mpsc::unbounded_channel::<(Option<String>, serde_json::Value)>();
        let app = axum::Router::new().route(
            "/emails",
            axum::routing::post(move |headers: HeaderMap, Json(body): Json<serde_json::Value>| {
                let auth =
                    headers.get("authorization").and_then(|v| v.to_str().ok()).map(str::to_string);
                tx.send((auth, body)).unwrap();
                async { Json(serde_json::json!({"id": "mail-1"})) }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let mailer = Mailer::Resend {
            api_url: format!("http://{addr}/emails"),
            api_key: "re_test".to_string().into(),
            from: "AlgoArena <noreply@algoarena.io>".into(),
            http: reqwest::Client::new(),
        };
        mailer.send(&templates::verification_code("a@example.com", "123456", 900)).await.unwrap();
        let (auth, body) = rx.recv().await.unwrap();
        assert_eq!(auth.as_deref(), Some("Bearer re_test"));
        assert_eq!(body["from"], "AlgoArena <noreply@algoarena.io>");
        assert_eq!(body["to"], serde_json::json!(["a@example.com"]));
        assert!(body["text"].as_str().unwrap().contains("123456"));
    }

    #[tokio::test]
    async fn the_outbox_holds_one_json_file_per_mail() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::Outbox { dir: dir.path().to_path_buf() };
        let mail = templates::verification_code("a@example.com", "123456", 900);
        mailer.send(&mail).await.unwrap();
        let files: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(files.len(), 1);
        let stored: Mail = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
        assert_eq!(stored, mail);
        assert!(stored.text.contains("123456") && stored.text.contains("15 minutes"));
    }
}
