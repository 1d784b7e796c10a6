-- Newsletter subscribers, the mail outbox, and the digest schedule.
--
-- No subscriber address or name is stored in clear: `*_sealed` columns hold XChaCha20-Poly1305
-- ciphertexts under a key kept outside the database, and `email_index` is an HMAC of the
-- normalised address under a key derived from the same master (a blind index): it finds a
-- subscriber by address and keeps addresses unique without revealing them.

CREATE TABLE subscribers (
    id            INTEGER PRIMARY KEY,
    email_index   TEXT NOT NULL UNIQUE,
    email_sealed  BLOB NOT NULL,
    name_sealed   BLOB,
    -- Id of the key that sealed the row and made its index; rotation rewrites both.
    key_id        TEXT NOT NULL,
    -- 'pending' until the address is confirmed (double opt-in); 'bounced' after a hard bounce.
    status        TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'bounced')),
    -- Edition whose language mails and pages use.
    language      TEXT NOT NULL,
    -- Space-separated edition codes, region codes and `edition/tag-slug` pairs; empty regions
    -- and tags mean every story of the chosen editions.
    editions      TEXT NOT NULL,
    regions       TEXT NOT NULL DEFAULT '',
    tags          TEXT NOT NULL DEFAULT '',
    frequency     TEXT NOT NULL CHECK (frequency IN ('each', 'daily', 'weekly')),
    created_at    INTEGER NOT NULL,
    confirmed_at  INTEGER,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX subscribers_by_frequency ON subscribers (status, frequency);

-- Where each (edition, frequency) stream has got to: stories published before `last_until`
-- have been queued. Advanced in the same transaction that queues a run's mails, and only if
-- it still holds the value the run was prepared from, so two nodes never queue one run twice.
CREATE TABLE newsletter_schedule (
    edition_code  TEXT NOT NULL REFERENCES editions (code),
    frequency     TEXT NOT NULL,
    last_until    INTEGER NOT NULL,
    PRIMARY KEY (edition_code, frequency)
);

-- One digest (or story alert) run: which stories it carried and to how many readers.
CREATE TABLE newsletter_runs (
    id            INTEGER PRIMARY KEY,
    edition_code  TEXT NOT NULL,
    frequency     TEXT NOT NULL,
    since         INTEGER NOT NULL,
    until         INTEGER NOT NULL,
    -- Space-separated article ids.
    stories       TEXT NOT NULL,
    recipients    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL
);

-- Rendered mail shared by many recipients (a digest for everyone whose preferences matched
-- the same stories). Personal links are placeholders filled in at sending time.
CREATE TABLE mail_bodies (
    id          INTEGER PRIMARY KEY,
    subject     TEXT NOT NULL,
    text_body   TEXT NOT NULL,
    html_body   TEXT,
    created_at  INTEGER NOT NULL
);

-- Every mail is written here first, in the transaction that caused it, then sent by a worker.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    subscriber_id    INTEGER REFERENCES subscribers (id) ON DELETE CASCADE,
    run_id           INTEGER REFERENCES newsletter_runs (id),
    body_id          INTEGER REFERENCES mail_bodies (id),
    -- Sealed JSON for mails that carry their own recipient or text (send to a friend);
    -- cleared once sent.
    payload          BLOB,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    -- A worker that claims a mail holds it until then; a killed worker's claims lapse.
    lease_until      INTEGER NOT NULL DEFAULT 0,
    -- SMTP's answer, with anything that looks like an address removed.
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    sent_at          INTEGER,
    UNIQUE (run_id, subscriber_id)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_subscriber ON outbox (subscriber_id);
