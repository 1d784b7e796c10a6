-- People who were sent a story by a reader ("Send to a friend") and asked for no more.
-- Their address is sealed and indexed like a subscriber's, so a key rotation carries them over.
CREATE TABLE blocked_recipients (
    id            BIGSERIAL PRIMARY KEY,
    email_index   TEXT NOT NULL UNIQUE,
    email_sealed  BYTEA NOT NULL,
    key_id        TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
