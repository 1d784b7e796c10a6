-- The admin API's tokens, and webhooks: the endpoints partners gave us and the durable queue
-- of deliveries to them.

-- A token is found by the SHA-256 of its secret: the table alone opens nothing. It acts as
-- the account that made it, within that account's role and editions, and within its scopes.
CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    -- Space-separated: `articles:write`, `articles:publish`.
    scopes        TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    -- Set once; a revoked token never works again.
    revoked_at    INTEGER
);

CREATE TABLE webhook_endpoints (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL,
    -- The key deliveries are signed with (HMAC-SHA256); the partner holds a copy.
    secret      TEXT NOT NULL,
    -- Space-separated: `article.published`, `article.updated`, `article.unpublished`.
    events      TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    created_by  INTEGER REFERENCES users (id),
    created_at  INTEGER NOT NULL
);

-- One row per event and endpoint, written in the transaction of the change that caused it,
-- and claimed by the delivery workers like the mail outbox (a lease; SKIP LOCKED on
-- PostgreSQL).
CREATE TABLE webhook_deliveries (
    id               INTEGER PRIMARY KEY,
    endpoint_id      INTEGER NOT NULL REFERENCES webhook_endpoints (id),
    event            TEXT NOT NULL,
    article_id       INTEGER NOT NULL,
    -- The event as JSON, as it was when it happened.
    payload          TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'delivered', 'failed', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    -- A publication under embargo is announced when the embargo lifts.
    next_attempt_at  INTEGER NOT NULL,
    lease_until      INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    delivered_at     INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_by_article ON webhook_deliveries (article_id, state);
