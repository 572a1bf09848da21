-- A word among one speaker's quotes is looked for in each of them, newest first, along the speaker's index (see
-- QuoteSearch). Read from the table, those quotes lie scattered over it, and the walk cost about 1 µs a quote under
-- load. With the lower-case text in the speaker's index, it reads the index alone wherever the visibility map marks
-- the table's page all-visible. On the bench corpus of a million quotes, the speakers ranked 5-50 with each of ten
-- words: 1.1-1.5 s in all -> 0.3 s; the most quoted speaker (36,685 quotes): 56 ms over the ten words through the
-- trigram index -> 18 ms. This index replaces the one on (speaker_id, id) and takes about 10 s to build there.
CREATE INDEX quote_speaker_newest_text_idx ON quote (speaker_id, id) INCLUDE (text_lower);
DROP INDEX quote_speaker_newest_idx;
-- Pages not yet marked all-visible send an index-only walk back to the table: vacuum the quotes after 1 % of them are
-- new or changed rather than the default 20 %.
ALTER TABLE quote SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.01);
