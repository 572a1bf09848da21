-- Words of quotes, looked up newest first. A phrase in 0.1-0.4 % of a million quotes cost 4-8 ms to find a page of,
-- by testing the newest quotes one by one (12,000-21,000 of them) or through the trigram index, whose common trigrams
-- have long lists and whose matches all had to be read to sort them. This index holds each quote's distinct words
-- (runs of characters between ASCII spaces, punctuation and control characters, in the lower-case text) together with
-- its block of 1,024 ids and its stance: a search names its words, the stance if it asks for one, and a window of the
-- newest blocks, as wide as the words' frequency calls for, and the index hands over the matches of those blocks
-- alone: 0.2-0.5 ms to run for those phrases, where the walk took 3.4-4.5 ms, and 1.4 ms for "kremlin" among denials,
-- where reading all 742 matches took 5-9 ms (2-core EPYC, 2026-11-30). The vocabulary below turns a word that the
-- searched fragment cuts ("roop", or the "ake" and "new" of "ake new") into the quote words containing it.
-- On a table of a million quotes this migration takes about a minute and a half.
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;

CREATE FUNCTION search_words(lower_text text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT ARRAY(SELECT DISTINCT word
                       FROM pg_catalog.regexp_split_to_table(lower_text, '[\x01-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+') word
                      WHERE word <> '')
    $$;

CREATE INDEX quote_words_idx ON quote USING gin ((id / 1024), stance_label, search_words(text_lower));

-- Every word of every quote stored, never forgotten: a word whose quotes are gone finds nothing in the index.
CREATE TABLE search_word (
    word text PRIMARY KEY
);
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word public.gin_trgm_ops);

INSERT INTO search_word SELECT DISTINCT unnest(search_words(text_lower)) FROM quote;

-- Statement-level, so that a bulk COPY adds its words once; in word order, so that two writers adding the same new
-- words wait for each other rather than deadlock.
CREATE FUNCTION remember_search_words() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO quotes.search_word
        SELECT DISTINCT unnest(quotes.search_words(text_lower)) FROM new_quotes ORDER BY 1
        ON CONFLICT DO NOTHING;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER quote_search_words AFTER INSERT ON quote REFERENCING NEW TABLE AS new_quotes
    FOR EACH STATEMENT EXECUTE FUNCTION remember_search_words();

ANALYZE quote;
ANALYZE search_word;
