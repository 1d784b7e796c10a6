//! `dateline user ...`: newsroom accounts from the command line, for the first admin and for
//! an operator who has lost the web admin.

use anyhow::{bail, Context};
use dateline_core::newsroom::{normalise_email, Role};
use dateline_store::{NewAuditEntry, NewUser, Store};
use secrecy::SecretString;

/// A one-time password: long and random, shown once, to be changed at first sign-in.
pub fn one_time_password() -> String {
    dateline_auth::token::random_token()[..24].to_string()
}

async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        dateline_auth::password::hash(&SecretString::from(password))
    })
    .await
    .context("hashing the password")?
    .context("hashing the password")
}

/// Creates an account with a one-time password, returned for the caller to print.
pub async fn add(
    store: &Store,
    email: &str,
    name: &str,
    role: &str,
    editions: &[String],
) -> anyhow::Result<(i64, String)> {
    let Some(email) = normalise_email(email) else {
        bail!("--email {email:?}: not an e-mail address");
    };
    let Some(role) = Role::parse(role) else {
        bail!("--role {role:?}: expected contributor, editor or admin");
    };
    if name.trim().is_empty() {
        bail!("--name: must not be empty");
    }
    let known: Vec<String> = store
        .editions()
        .await?
        .into_iter()
        .map(|e| e.code)
        .collect();
    if let Some(bad) = editions.iter().find(|e| !known.contains(e)) {
        bail!(
            "--editions: {bad:?} is not an edition (editions: {})",
            known.join(", ")
        );
    }
    let password = one_time_password();
    let user = NewUser {
        email: email.clone(),
        name: name.trim().to_string(),
        role,
        editions: editions.to_vec(),
        password_hash: hash(password.clone()).await?,
        must_change_password: true,
    };
    let id = store.create_user(&user).await?;
    store
        .audit(&NewAuditEntry {
            at: dateline_core::article::now(),
            user_id: None,
            actor: "command line".into(),
            action: "user_added".into(),
            subject: format!("user {id} {email}"),
            ip: "local".into(),
            detail: format!("role {}", role.as_str()),
        })
        .await?;
    Ok((id, password))
}

/// Gives an account a new one-time password and ends its sessions.
pub async fn reset_password(store: &Store, email: &str) -> anyhow::Result<String> {
    let email = normalise_email(email)
        .with_context(|| format!("--email {email:?}: not an e-mail address"))?;
    let user = store
        .user_by_email(&email)
        .await?
        .with_context(|| format!("no account {email}"))?;
    let password = one_time_password();
    store
        .set_password(user.id, &hash(password.clone()).await?, true)
        .await?;
    store.delete_user_sessions(user.id).await?;
    store
        .audit(&NewAuditEntry {
            at: dateline_core::article::now(),
            user_id: None,
            actor: "command line".into(),
            action: "password_reset".into(),
            subject: format!("user {} {email}", user.id),
            ip: "local".into(),
            detail: String::new(),
        })
        .await?;
    Ok(password)
}

/// Sets up two-factor sign-in for an account; returns the `otpauth://` address to scan.
/// The secret is stored sealed with `keyring` (the site's key file).
pub async fn enrol_totp(
    store: &Store,
    keyring: &dateline_mail::Keyring,
    email: &str,
    issuer: &str,
) -> anyhow::Result<String> {
    let email = normalise_email(email)
        .with_context(|| format!("--email {email:?}: not an e-mail address"))?;
    let user = store
        .user_by_email(&email)
        .await?
        .with_context(|| format!("no account {email}"))?;
    let secret = dateline_auth::totp::Secret::generate();
    store
        .set_totp_secret(
            user.id,
            Some(&keyring.seal_text(&secret.to_base32(), dateline_web::admin::TOTP_CONTEXT)),
        )
        .await?;
    store
        .audit(&NewAuditEntry {
            at: dateline_core::article::now(),
            user_id: None,
            actor: "command line".into(),
            action: "two_factor_enrolled".into(),
            subject: format!("user {} {email}", user.id),
            ip: "local".into(),
            detail: String::new(),
        })
        .await?;
    Ok(secret.otpauth_uri(issuer, &email))
}
