-- Newsroom accounts, their sessions, and the audit log.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    -- Lowercased; the sign-in name.
    email           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'admin')),
    -- Space-separated edition codes an editor may publish in; empty means every edition.
    editions        TEXT NOT NULL DEFAULT '',
    -- argon2id, PHC string.
    password_hash   TEXT NOT NULL,
    -- Set for one-time passwords handed out by `dateline user add`.
    must_change_password INTEGER NOT NULL DEFAULT 0,
    -- Base32 TOTP secret once two-factor sign-in is set up; the last time step used, to
    -- refuse a code seen twice.
    totp_secret     TEXT,
    totp_last_step  INTEGER,
    disabled        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);

-- A session is found by the SHA-256 of its cookie's token: the table alone opens no session.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    last_seen    INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    -- 0 until the second factor was given (when one is required or enrolled).
    verified     INTEGER NOT NULL DEFAULT 0,
    -- The synchroniser token every form of this session must carry.
    csrf_token   TEXT NOT NULL,
    ip           TEXT NOT NULL,
    user_agent   TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Who did what, when and from where. Never updated or deleted.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    user_id   INTEGER,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    ip        TEXT NOT NULL,
    detail    TEXT NOT NULL
);
CREATE INDEX audit_log_by_action ON audit_log (action, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Settings an admin changes in the newsroom (changes are recorded in the audit log).
CREATE TABLE site_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Uploaded images, re-encoded from their pixels (no metadata survives), in several widths.
-- Kept in the database so a backup of the database is a backup of everything.
CREATE TABLE media (
    id          INTEGER PRIMARY KEY,
    -- SHA-256 of the uploaded bytes: the same photo uploaded twice is stored once.
    sha256      TEXT NOT NULL UNIQUE,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    caption     TEXT NOT NULL,
    credit      TEXT NOT NULL,
    uploaded_by INTEGER,
    created_at  INTEGER NOT NULL
);

CREATE TABLE media_files (
    media_id     INTEGER NOT NULL REFERENCES media (id),
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    extension    TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    PRIMARY KEY (media_id, width)
);
