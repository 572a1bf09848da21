-- A GIN index takes new entries into a pending list, unordered, and moves them into its tree only when the list
-- outgrows gin_pending_list_limit (4 MB by default) or the table is vacuumed; until then every search through the
-- index reads the whole list. On the bench corpus (a million quotes, thirteenth machine, 2026-12-07), storing 2,500
-- quotes as 250 articles do, each statement then the copy of its labels, took text searches from 1,340-1,420 to 583
-- requests/s (PostgreSQL 0.73 -> 1.90 ms of CPU a request), "fake news" from 3.9 to 9.9 ms alone; flushing the lists
-- (gin_clean_pending_list) gave back 0.82 ms. With lists of 64 kB, the least PostgreSQL allows, the same stores left
-- the searches at 1,348-1,365 requests/s (0.74 ms) without a vacuum, and those 250 articles took 3.6 s to store
-- instead of 1.1 s: 15 ms an article, against 30 ms with no pending list at all (fastupdate off).
ALTER INDEX quote_words_idx SET (gin_pending_list_limit = 64);
ALTER INDEX quote_text_lower_trgm_idx SET (gin_pending_list_limit = 64);
ALTER INDEX quote_confirm_text_trgm_idx SET (gin_pending_list_limit = 64);
ALTER INDEX quote_deny_text_trgm_idx SET (gin_pending_list_limit = 64);
ALTER INDEX quote_uncertain_text_trgm_idx SET (gin_pending_list_limit = 64);
ALTER INDEX quote_concern_text_trgm_idx SET (gin_pending_list_limit = 64);
