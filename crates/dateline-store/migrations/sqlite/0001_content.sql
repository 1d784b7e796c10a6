-- Editions, regions, tags, authors, articles and their append-only revisions.
-- Times are Unix seconds (INTEGER) in every backend, so both stores read and compare them alike.

CREATE TABLE editions (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    language        TEXT NOT NULL,
    locale          TEXT NOT NULL,
    time_zone       TEXT NOT NULL,
    date_format     TEXT NOT NULL,
    datetime_format TEXT NOT NULL,
    motto           TEXT NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE regions (
    code TEXT PRIMARY KEY CHECK (length(code) = 2)
);

CREATE TABLE region_names (
    region_code  TEXT NOT NULL REFERENCES regions (code),
    edition_code TEXT NOT NULL REFERENCES editions (code),
    name         TEXT NOT NULL,
    PRIMARY KEY (region_code, edition_code)
);

CREATE TABLE tags (
    id           INTEGER PRIMARY KEY,
    edition_code TEXT NOT NULL REFERENCES editions (code),
    slug         TEXT NOT NULL,
    name         TEXT NOT NULL,
    UNIQUE (edition_code, slug)
);

CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

-- The current state of each article: a projection of its latest revision, with the regions,
-- tags and authors also kept as denormalised columns so an article page is one row read.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    external_id       TEXT UNIQUE,
    edition_code      TEXT NOT NULL REFERENCES editions (code),
    slug              TEXT NOT NULL,
    translation_group TEXT,
    status            TEXT NOT NULL,
    headline          TEXT NOT NULL,
    standfirst        TEXT NOT NULL,
    dateline_place    TEXT NOT NULL,
    body_markdown     TEXT NOT NULL,
    body_html         TEXT NOT NULL,
    region_codes      TEXT NOT NULL,
    tags_json         TEXT NOT NULL,
    authors_json      TEXT NOT NULL,
    published_at      INTEGER,
    published_tz      TEXT NOT NULL,
    updated_at        INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    revision          INTEGER NOT NULL,
    -- The correction in force: its public note and time.
    correction_note   TEXT,
    corrected_at      INTEGER,
    UNIQUE (edition_code, slug)
);
CREATE INDEX articles_listing ON articles (edition_code, status, published_at DESC);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_group ON articles (translation_group);

-- Links carry the article's publication time when (and only when) it is published, so list
-- pages and "See also" find the newest visible stories of a region or tag from the index alone.
CREATE TABLE article_regions (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    region_code  TEXT NOT NULL REFERENCES regions (code),
    edition_code TEXT NOT NULL,
    position     INTEGER NOT NULL,
    published_at INTEGER,
    PRIMARY KEY (article_id, region_code)
);
CREATE INDEX article_regions_by_region ON article_regions (region_code, edition_code, published_at, article_id);

CREATE TABLE article_tags (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    tag_id       INTEGER NOT NULL REFERENCES tags (id),
    position     INTEGER NOT NULL,
    published_at INTEGER,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_by_tag ON article_tags (tag_id, published_at, article_id);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    author_id  INTEGER NOT NULL REFERENCES authors (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);

-- Every change to an article, never updated or deleted. `hash` chains each revision to its
-- predecessor (see dateline_core::article::revision_hash).
CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    number     INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL,
    UNIQUE (article_id, number)
);

CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'revisions are append-only');
END;

CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'revisions are append-only');
END;

-- What changed, for every node's page cache (and later the search index) to follow.
-- `regions` and `tags` hold the article's regions and tag ids before and after the change.
CREATE TABLE changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL,
    edition_code TEXT NOT NULL,
    regions      TEXT NOT NULL,
    tags         TEXT NOT NULL,
    changed_at   INTEGER NOT NULL
);
