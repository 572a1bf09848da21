-- A word search first finds the vocabulary's words that its fragment's words may be (V7), which cost PostgreSQL as
-- much planning as the page itself. quotes-service keeps those answers between searches; since words are only ever
-- added, an answer goes stale only when a word it would now match is added, so a statement that adds words names
-- them to every listening service, separated by spaces, or sends an empty notice when they are too many for one
-- (8,000 bytes at most): forget everything. A notice is delivered when its transaction commits, never before.
CREATE OR REPLACE FUNCTION remember_search_words() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    DECLARE
        added text;
    BEGIN
        WITH inserted AS (
            INSERT INTO quotes.search_word
            SELECT DISTINCT unnest(quotes.search_words(text_lower)) FROM new_quotes ORDER BY 1
            ON CONFLICT DO NOTHING
            RETURNING word
        )
        SELECT string_agg(word, ' ') INTO added FROM inserted;
        IF added IS NOT NULL THEN
            PERFORM pg_notify('quotes_search_words_added', CASE WHEN octet_length(added) <= 7000 THEN added ELSE '' END);
        END IF;
        RETURN NULL;
    END
    $$;
