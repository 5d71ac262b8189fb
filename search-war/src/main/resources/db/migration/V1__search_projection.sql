-- The search context's projection: everything here is rebuilt from nova.user, nova.content and nova.social.
-- Every projection table carries a generation: the serving one answers searches, a rebuild fills the next one
-- beside it and one transaction moves the pointer (search_projection) from one to the other.

-- pg_trgm (trusted since PostgreSQL 13: the database's owner may create it): trigram similarity for usernames,
-- display names and hashtags, fuzzy and typo-tolerant
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A post's or article's BCP-47 language mapped to the text-search configuration that stems it; 'simple' (no
-- stemming, no stop words) for every other language and for none. Declared IMMUTABLE so a generated column and
-- an index may use it: it names built-in configurations only, qualified with pg_catalog, so the answer never
-- depends on the search_path.
CREATE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE lower(split_part(coalesce(language, ''), '-', 1))
        WHEN 'en' THEN 'pg_catalog.english' WHEN 'de' THEN 'pg_catalog.german' WHEN 'fr' THEN 'pg_catalog.french'
        WHEN 'es' THEN 'pg_catalog.spanish' WHEN 'it' THEN 'pg_catalog.italian' WHEN 'pt' THEN 'pg_catalog.portuguese'
        WHEN 'nl' THEN 'pg_catalog.dutch' WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'da' THEN 'pg_catalog.danish'
        WHEN 'nb' THEN 'pg_catalog.norwegian' WHEN 'no' THEN 'pg_catalog.norwegian' WHEN 'fi' THEN 'pg_catalog.finnish'
        WHEN 'ru' THEN 'pg_catalog.russian' WHEN 'tr' THEN 'pg_catalog.turkish' WHEN 'hu' THEN 'pg_catalog.hungarian'
        ELSE 'pg_catalog.simple' END)::regconfig
$$;

-- The pointer: which generation serves, and which one a rebuild is filling (null when none is).
CREATE TABLE search_projection (
    id         int PRIMARY KEY CHECK (id = 1),
    serving    bigint NOT NULL,
    building   bigint
);
INSERT INTO search_projection (id, serving, building) VALUES (1, 1, NULL);

-- One row per rebuild: where the replay must reach (end_offsets: {"topic/partition": offset} taken after the
-- rebuild was announced) and how far it got.
CREATE TABLE search_rebuilds (
    generation  bigint PRIMARY KEY,
    state       text NOT NULL CHECK (state IN ('building', 'done', 'failed')),
    end_offsets text,
    replayed    bigint NOT NULL DEFAULT 0,
    caught_up   bigint NOT NULL DEFAULT 0,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    error       text
);

-- What the live consumers applied to the serving generation while a rebuild was filling the next one: the
-- rebuild applies these to its generation after the replay (the catch-up), then swaps.
CREATE TABLE search_backlog (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    generation bigint NOT NULL,
    topic      text NOT NULL,
    part       int NOT NULL,
    "offset"   bigint NOT NULL,
    event      text NOT NULL
);
CREATE INDEX search_backlog_generation ON search_backlog (generation, seq);

-- Searchable posts and articles (public ones only; a hidden one is kept, marked, to be restored). The
-- document vector is generated from the title (weight A) and the body (weight B) with the language's
-- configuration, so it can never disagree with the text.
CREATE TABLE search_index (
    generation bigint NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('post', 'article')),
    id         uuid NOT NULL,
    author_id  uuid NOT NULL,
    title      text,
    body       text NOT NULL,
    language   text,
    has_media  boolean NOT NULL DEFAULT false,
    hashtags   text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    hidden     boolean NOT NULL DEFAULT false,
    document   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(search_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(search_config(language), body), 'B')) STORED,
    PRIMARY KEY (generation, kind, id)
);
CREATE INDEX search_index_document ON search_index USING gin (document);
CREATE INDEX search_index_author ON search_index (generation, author_id);

-- Members as search knows them: a deleted one stays as a tombstone (deleted) so a late event cannot bring
-- their content back.
CREATE TABLE search_users (
    generation   bigint NOT NULL,
    id           uuid NOT NULL,
    username     text NOT NULL,
    display_name text,
    discoverable boolean NOT NULL DEFAULT true,
    banned       boolean NOT NULL DEFAULT false,
    deleted      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (generation, id)
);
CREATE INDEX search_users_username_trgm ON search_users USING gin (username gin_trgm_ops);
CREATE INDEX search_users_display_name_trgm ON search_users USING gin (display_name gin_trgm_ops);
CREATE INDEX search_users_username_prefix ON search_users (generation, lower(username) text_pattern_ops);

-- Hashtags ever used in an indexed post, with how often.
CREATE TABLE search_hashtags (
    generation bigint NOT NULL,
    tag        text NOT NULL,
    uses       bigint NOT NULL DEFAULT 0,
    last_used  timestamptz NOT NULL,
    PRIMARY KEY (generation, tag)
);
CREATE INDEX search_hashtags_trgm ON search_hashtags USING gin (tag gin_trgm_ops);
CREATE INDEX search_hashtags_prefix ON search_hashtags (generation, tag text_pattern_ops);

-- Trending: engagement counted into ten-minute buckets as events arrive (the event's own time, so a rebuild
-- counts the same). A request sums the window's buckets with time decay; nothing is recomputed from events.
CREATE TABLE search_trend_buckets (
    generation bigint NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('hashtag', 'post')),
    key        text NOT NULL,
    bucket     timestamptz NOT NULL,
    weight     double precision NOT NULL DEFAULT 0,
    uses       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (generation, kind, key, bucket)
);
CREATE INDEX search_trend_buckets_window ON search_trend_buckets (generation, kind, bucket);

-- Which accounts used a hashtag in a bucket (distinct accounts per window)
CREATE TABLE search_trend_accounts (
    generation bigint NOT NULL,
    tag        text NOT NULL,
    bucket     timestamptz NOT NULL,
    account_id uuid NOT NULL,
    PRIMARY KEY (generation, tag, bucket, account_id)
);
