-- Articles, the people and organisations quoted in them, and their quotes. Flyway runs this with search_path = quotes.

-- pg_trgm lets ILIKE '%…%' on quote text use an index. It lives in public so that other schemas of a shared
-- database can use it too; the operator class is therefore schema-qualified below.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE article (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url          varchar(2000),
    title        varchar(500),
    outlet       varchar(200),
    published_at timestamptz,
    text         text        NOT NULL,
    -- SHA-256 (hex) of the trimmed text: the idempotency key of ingestion.
    content_hash char(64)    NOT NULL CONSTRAINT article_content_hash_key UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Article list: newest first, ties broken by id.
CREATE INDEX article_created_at_id_idx ON article (created_at DESC, id DESC);

CREATE TABLE speaker (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- kind:lower(name) for named speakers, shared across articles; unnamed:article id:lower(mention) otherwise.
    speaker_key  text         NOT NULL CONSTRAINT speaker_speaker_key_key UNIQUE,
    name         text,
    kind         varchar(16)  NOT NULL CONSTRAINT speaker_kind_check CHECK (kind IN ('person', 'organization', 'unnamed')),
    role         text,
    affiliation  text,
    aliases      text[]       NOT NULL DEFAULT '{}',
    -- Lower-cased name and aliases, kept by the ingestion upsert, so that a name lookup is one indexed @> test.
    lookup_names text[]       NOT NULL DEFAULT '{}',
    CONSTRAINT speaker_named_check CHECK ((kind = 'unnamed') = (name IS NULL))
);

CREATE INDEX speaker_lookup_names_idx ON speaker USING gin (lookup_names);
CREATE INDEX speaker_name_idx ON speaker (name, id);

CREATE TABLE quote (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   bigint      NOT NULL CONSTRAINT quote_article_fk REFERENCES article (id) ON DELETE CASCADE,
    speaker_id   bigint      NOT NULL CONSTRAINT quote_speaker_fk REFERENCES speaker (id),
    position     integer     NOT NULL,
    mention      text,
    text         text        NOT NULL,
    type         varchar(16) NOT NULL CONSTRAINT quote_type_check CHECK (type IN ('direct', 'indirect', 'mixed')),
    cue          text,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    -- A copy of the current label owned by stance-service, kept only to filter and count (see docs/internal-api.md).
    stance_label varchar(16) CONSTRAINT quote_stance_label_check
                             CHECK (stance_label IN ('confirm', 'deny', 'uncertain', 'concern')),
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT quote_offsets_check CHECK (0 <= start_offset AND start_offset <= end_offset),
    CONSTRAINT quote_article_position_key UNIQUE (article_id, position)
);

-- The unique constraint above indexes (article_id, position): the article filter and the default order.
CREATE INDEX quote_speaker_id_idx ON quote (speaker_id);
CREATE INDEX quote_stance_label_idx ON quote (stance_label);
CREATE INDEX quote_unlabelled_idx ON quote (id) WHERE stance_label IS NULL;
CREATE INDEX quote_text_trgm_idx ON quote USING gin (text public.gin_trgm_ops);
