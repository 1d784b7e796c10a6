//! `dateline token ...`: admin API tokens from the command line, for an operator setting up
//! a partner or a tool without the web admin.

use anyhow::{bail, Context};
use dateline_core::newsroom::normalise_email;
use dateline_store::{NewAuditEntry, Store};

/// Makes a token acting as the account `email` with `scopes`; returns its id and its secret
/// (stored only as a hash: shown once).
pub async fn create(
    store: &Store,
    email: &str,
    name: &str,
    scopes: &[String],
) -> anyhow::Result<(i64, String)> {
    let address = normalise_email(email)
        .with_context(|| format!("--email {email:?}: not an e-mail address"))?;
    let user = store
        .user_by_email(&address)
        .await?
        .with_context(|| format!("--email: no account {address}"))?;
    if user.disabled {
        bail!("--email: the account {address} is disabled");
    }
    let (id, secret) = dateline_web::admin_api::issue_token(store, &user, name, scopes)
        .await
        .map_err(|message| {
            anyhow::anyhow!(
                "{}",
                message
                    .replacen("Name:", "--name:", 1)
                    .replacen("Scopes:", "--scopes:", 1)
            )
        })?;
    store
        .audit(&NewAuditEntry {
            at: dateline_core::article::now(),
            user_id: None,
            actor: "command line".into(),
            action: "api_token_created".into(),
            subject: format!("api token {id}"),
            ip: "local".into(),
            detail: format!(
                "{:?} [{}] acting as {address}",
                name.trim(),
                scopes.join(" ")
            ),
        })
        .await?;
    Ok((id, secret))
}

/// Revokes a token for good.
pub async fn revoke(store: &Store, id: i64) -> anyhow::Result<()> {
    let Some(token) = store
        .revoke_api_token(id, dateline_core::article::now())
        .await?
    else {
        bail!("--id {id}: no live token with that number (see `dateline token list`)");
    };
    store
        .audit(&NewAuditEntry {
            at: dateline_core::article::now(),
            user_id: None,
            actor: "command line".into(),
            action: "api_token_revoked".into(),
            subject: format!("api token {id}"),
            ip: "local".into(),
            detail: format!("{:?} of {}", token.name, token.user_email),
        })
        .await?;
    Ok(())
}
