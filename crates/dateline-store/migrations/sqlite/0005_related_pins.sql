-- Stories an editor chose by hand for an article's "See also", in order. They come before
-- the stories found by similarity.
CREATE TABLE related_pins (
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    position    INTEGER NOT NULL,
    pinned_id   INTEGER NOT NULL REFERENCES articles (id),
    PRIMARY KEY (article_id, position)
);
