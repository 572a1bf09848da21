-- The word index (V8) with each stance's quotes in an index of their own, as the trigram index has them (V4). In one
-- index the stance was a key whose list holds a quarter of all quotes, which a search for a rare word among one
-- stance walked alongside the word's short list: for "fake news" among the denials of a million quotes, 2.0 ms of a
-- 3.5 ms statement, against 0.13-0.2 ms in an index of the denials alone; among the newest 78,000 ids, 1.8-2.3
-- against 0.9 ms. Text searches with a stance then took 15-25 % less of PostgreSQL's CPU (1.0-1.2 against 1.3-1.5 ms
-- a request) and ran at 865-1,050 against 731-844 requests/s; those without a stance or with a speaker as before
-- (bench corpus, 2-core EPYC, 2026-12-08). The index of every quote keeps the speaker (V8), no longer the stance.
-- On a table of a million quotes this migration took 90 s, with writes waiting; the old index is dropped
-- last, so that reads wait only for the moment until the migration commits.
CREATE INDEX quote_confirm_words_idx ON quote USING gin ((id / 1024), search_words(text_lower))
    WITH (gin_pending_list_limit = 64) WHERE stance_label = 'confirm';
CREATE INDEX quote_deny_words_idx ON quote USING gin ((id / 1024), search_words(text_lower))
    WITH (gin_pending_list_limit = 64) WHERE stance_label = 'deny';
CREATE INDEX quote_uncertain_words_idx ON quote USING gin ((id / 1024), search_words(text_lower))
    WITH (gin_pending_list_limit = 64) WHERE stance_label = 'uncertain';
CREATE INDEX quote_concern_words_idx ON quote USING gin ((id / 1024), search_words(text_lower))
    WITH (gin_pending_list_limit = 64) WHERE stance_label = 'concern';

CREATE INDEX quote_words_of_all_idx ON quote USING gin ((id / 1024), speaker_id, search_words(text_lower))
    WITH (gin_pending_list_limit = 64);

ANALYZE quote;

DROP INDEX quote_words_idx;
ALTER INDEX quote_words_of_all_idx RENAME TO quote_words_idx;
