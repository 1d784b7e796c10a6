-- Old addresses answered with a permanent redirect when no page of the site matches them:
-- a WordPress site's permalinks after an import, and any other address that was renamed.
-- `path` is the address as readers ask for it, percent-decoded, without a trailing slash;
-- the query part is kept only where it names the page (`/?p=123`). A redirect leads to an
-- article (wherever its address is now) or to a fixed `target` path.
CREATE TABLE redirects (
    path        TEXT PRIMARY KEY,
    article_id  BIGINT REFERENCES articles (id),
    target      TEXT,
    source      TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    CHECK ((article_id IS NULL) <> (target IS NULL))
);
CREATE INDEX redirects_article ON redirects (article_id);
