//! What partners and tools use: the admin API's tokens, and webhooks (the endpoints and the
//! queue of deliveries to them).
//!
//! Webhook deliveries are queued by the article save itself (see `backend::save_one`), in the
//! transaction of the change that causes them, so a change is never announced without being
//! saved nor saved without being announced. They are claimed under a lease like the mail
//! outbox, with the same statement (`backend::claim_due`).

use serde::{Deserialize, Serialize};

/// What a token may do on top of its account's role.
pub const SCOPES: [&str; 2] = ["articles:write", "articles:publish"];

/// The events a webhook endpoint can ask for.
pub const EVENTS: [&str; 3] = [
    "article.published",
    "article.updated",
    "article.unpublished",
];

/// An admin API token as listed (never its secret: only its hash is stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub scopes: Vec<String>,
    /// The account it acts as.
    pub user_id: i64,
    pub user_email: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

impl ApiToken {
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }
}

#[derive(Debug, Clone)]
pub struct NewApiToken {
    pub name: String,
    /// SHA-256 of the secret (see `dateline_auth::token::hash_token`).
    pub token_hash: String,
    pub scopes: Vec<String>,
    pub user_id: i64,
}

/// A partner's endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WebhookEndpoint {
    pub id: i64,
    pub url: String,
    pub events: Vec<String>,
    pub active: bool,
    pub created_at: i64,
    /// Deliveries by state: queued, delivered, failed.
    pub queued: i64,
    pub delivered: i64,
    pub failed: i64,
}

#[derive(Debug, Clone)]
pub struct NewWebhook {
    pub url: String,
    pub secret: String,
    pub events: Vec<String>,
    pub created_by: Option<i64>,
}

/// What happened to a story, as it was when it happened: the payload of a delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookEvent {
    /// One of [`EVENTS`].
    pub event: String,
    pub article_id: i64,
    pub edition: String,
    pub slug: String,
    pub headline: String,
    pub standfirst: String,
    pub status: String,
    pub revision: i64,
    pub published_at: Option<i64>,
    pub published_tz: String,
    pub updated_at: i64,
    pub occurred_at: i64,
}

/// A delivery claimed by a worker, with where and how to send it.
#[derive(Debug, Clone)]
pub struct WebhookDelivery {
    pub id: i64,
    pub endpoint_id: i64,
    pub url: String,
    pub secret: String,
    pub attempts: i64,
    pub event: WebhookEvent,
}

/// A delivery as the newsroom's page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeliveryRecord {
    pub id: i64,
    pub endpoint_id: i64,
    pub event: String,
    pub article_id: i64,
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub delivered_at: Option<i64>,
}

fn split(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

macro_rules! partners_backend {
    ($module:ident, $db:ty) => {
        pub mod $module {
            use super::*;
            use crate::backend::Param;
            use crate::{Result, StoreError, User};
            use sqlx::{Pool, Row};

            type Db = $db;

            pub async fn create_api_token(pool: &Pool<Db>, t: &NewApiToken, now: i64) -> Result<i64> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO api_tokens (name, token_hash, scopes, user_id, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(&t.name)
                .bind(&t.token_hash)
                .bind(t.scopes.join(" "))
                .bind(t.user_id)
                .bind(now)
                .fetch_one(pool)
                .await?)
            }

            const TOKEN_COLUMNS: &str = "t.id, t.name, t.scopes, t.user_id, u.email, t.created_at, \
                 t.last_used_at, t.revoked_at";

            fn token(r: &<Db as sqlx::Database>::Row) -> Result<ApiToken> {
                Ok(ApiToken {
                    id: r.try_get(0)?,
                    name: r.try_get(1)?,
                    scopes: split(r.try_get::<&str, _>(2)?),
                    user_id: r.try_get(3)?,
                    user_email: r.try_get(4)?,
                    created_at: r.try_get(5)?,
                    last_used_at: r.try_get(6)?,
                    revoked_at: r.try_get(7)?,
                })
            }

            pub async fn api_tokens(pool: &Pool<Db>) -> Result<Vec<ApiToken>> {
                let sql = format!(
                    "SELECT {TOKEN_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id \
                     ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC"
                );
                sqlx::query(&sql).fetch_all(pool).await?.iter().map(token).collect()
            }

            /// The live token with this hash and the enabled account it acts as.
            pub async fn api_token(pool: &Pool<Db>, token_hash: &str) -> Result<Option<(ApiToken, User)>> {
                let sql = format!(
                    "SELECT {TOKEN_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id \
                     WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
                );
                let Some(row) = sqlx::query(&sql).bind(token_hash).fetch_optional(pool).await? else {
                    return Ok(None);
                };
                let found = token(&row)?;
                let user = crate::backend::$module::user_by(pool, "id = $1", Param::Int(found.user_id)).await?;
                Ok(user.filter(|u| !u.disabled).map(|u| (found, u)))
            }

            pub async fn touch_api_token(pool: &Pool<Db>, id: i64, now: i64) -> Result<()> {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn revoke_api_token(pool: &Pool<Db>, id: i64, now: i64) -> Result<Option<ApiToken>> {
                let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                    .bind(now)
                    .bind(id)
                    .execute(pool)
                    .await?
                    .rows_affected();
                if done == 0 {
                    return Ok(None);
                }
                let sql = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1");
                sqlx::query(&sql).bind(id).fetch_optional(pool).await?.map(|r| token(&r)).transpose()
            }

            pub async fn add_webhook(pool: &Pool<Db>, w: &NewWebhook, now: i64) -> Result<i64> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO webhook_endpoints (url, secret, events, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(&w.url)
                .bind(&w.secret)
                .bind(w.events.join(" "))
                .bind(w.created_by)
                .bind(now)
                .fetch_one(pool)
                .await?)
            }

            pub async fn webhooks(pool: &Pool<Db>) -> Result<Vec<WebhookEndpoint>> {
                let rows = sqlx::query(
                    "SELECT e.id, e.url, e.events, e.active, e.created_at, \
                     (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.state = 'queued'), \
                     (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.state = 'delivered'), \
                     (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.state = 'failed') \
                     FROM webhook_endpoints e ORDER BY e.active DESC, e.id",
                )
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(WebhookEndpoint {
                            id: r.try_get(0)?,
                            url: r.try_get(1)?,
                            events: split(r.try_get::<&str, _>(2)?),
                            active: r.try_get::<i64, _>(3)? != 0,
                            created_at: r.try_get(4)?,
                            queued: r.try_get(5)?,
                            delivered: r.try_get(6)?,
                            failed: r.try_get(7)?,
                        })
                    })
                    .collect()
            }

            /// Every endpoint's secret as stored, switched off ones too.
            pub async fn webhook_secrets(pool: &Pool<Db>) -> Result<Vec<(i64, String)>> {
                let rows = sqlx::query("SELECT id, secret FROM webhook_endpoints ORDER BY id")
                    .fetch_all(pool)
                    .await?;
                rows.iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
                    .collect()
            }

            /// Replaces endpoints' secrets as stored (a key rotation's), in one transaction.
            pub async fn set_webhook_secrets(pool: &Pool<Db>, secrets: &[(i64, String)]) -> Result<()> {
                crate::backend::$module::update_each(pool, "UPDATE webhook_endpoints SET secret = $1 WHERE id = $2", secrets).await
            }

            /// Switches an endpoint off and withdraws what was still queued for it.
            pub async fn remove_webhook(pool: &Pool<Db>, id: i64) -> Result<bool> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                let done = sqlx::query("UPDATE webhook_endpoints SET active = 0 WHERE id = $1 AND active = 1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                sqlx::query("UPDATE webhook_deliveries SET state = 'cancelled', lease_until = 0 WHERE endpoint_id = $1 AND state = 'queued'")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done > 0)
            }

            /// Claims up to `limit` due deliveries until `lease_until`; other workers skip them.
            pub async fn claim_webhooks(pool: &Pool<Db>, now: i64, lease_until: i64, limit: i64) -> Result<Vec<WebhookDelivery>> {
                let ids = crate::backend::$module::claim_due(pool, "webhook_deliveries", now, lease_until, limit).await?;
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut params = Vec::new();
                let mut sql = String::from(
                    "SELECT d.id, d.endpoint_id, e.url, e.secret, d.attempts, d.payload FROM webhook_deliveries d \
                     JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id IN (",
                );
                crate::backend::push_list(&mut sql, &mut params, ids.iter().map(|&id| Param::Int(id)));
                sql.push_str(") ORDER BY d.next_attempt_at, d.id");
                let rows = crate::backend::$module::bind(sqlx::query(&sql), &params).fetch_all(pool).await?;
                rows.iter()
                    .map(|r| {
                        let payload: &str = r.try_get(5)?;
                        Ok(WebhookDelivery {
                            id: r.try_get(0)?,
                            endpoint_id: r.try_get(1)?,
                            url: r.try_get(2)?,
                            secret: r.try_get(3)?,
                            attempts: r.try_get(4)?,
                            event: serde_json::from_str(payload)
                                .map_err(|e| StoreError::Corrupt(format!("webhook payload: {e}")))?,
                        })
                    })
                    .collect()
            }

            pub async fn webhook_delivered(pool: &Pool<Db>, id: i64, now: i64) -> Result<()> {
                sqlx::query(
                    "UPDATE webhook_deliveries SET state = 'delivered', delivered_at = $1, lease_until = 0, \
                     attempts = attempts + 1, last_error = NULL WHERE id = $2 AND state = 'queued'",
                )
                .bind(now)
                .bind(id)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn webhook_retry(pool: &Pool<Db>, id: i64, next_attempt_at: i64, error: &str) -> Result<()> {
                sqlx::query(
                    "UPDATE webhook_deliveries SET next_attempt_at = $1, lease_until = 0, last_error = $2, \
                     attempts = attempts + 1 WHERE id = $3 AND state = 'queued'",
                )
                .bind(next_attempt_at)
                .bind(error)
                .bind(id)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn webhook_failed(pool: &Pool<Db>, id: i64, error: &str) -> Result<()> {
                sqlx::query(
                    "UPDATE webhook_deliveries SET state = 'failed', lease_until = 0, last_error = $1, \
                     attempts = attempts + 1 WHERE id = $2 AND state = 'queued'",
                )
                .bind(error)
                .bind(id)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn webhook_deliveries(pool: &Pool<Db>, limit: i64) -> Result<Vec<DeliveryRecord>> {
                let rows = sqlx::query(
                    "SELECT id, endpoint_id, event, article_id, state, attempts, last_error, created_at, delivered_at \
                     FROM webhook_deliveries ORDER BY id DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(DeliveryRecord {
                            id: r.try_get(0)?,
                            endpoint_id: r.try_get(1)?,
                            event: r.try_get(2)?,
                            article_id: r.try_get(3)?,
                            state: r.try_get(4)?,
                            attempts: r.try_get(5)?,
                            last_error: r.try_get(6)?,
                            created_at: r.try_get(7)?,
                            delivered_at: r.try_get(8)?,
                        })
                    })
                    .collect()
            }
        }
    };
}

partners_backend!(sqlite, sqlx::Sqlite);
partners_backend!(postgres, sqlx::Postgres);
