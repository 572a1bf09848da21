-- The word index (V7) with each quote's speaker as well, so that one speaker's quotes holding a rare word are found
-- through it rather than by testing the speaker's quotes one by one in their own index. For the most quoted speaker
-- of the bench corpus (36,685 quotes) that took 2.5-6 ms for a phrase they said 45-150 times and 16 ms for a word
-- they never said; the index, intersecting the speaker's list with the words', hands over those quotes in 1.5-1.8 ms
-- and none in 0.3 ms (2-core EPYC, 2026-11-30). It replaces V7's index rather than join it: one index of the words to
-- keep up on every insert.
-- On a table of a million quotes this migration takes about a minute and a half, with writes waiting; the old index is
-- dropped last, so that reads wait only for the moment until the migration commits.
CREATE INDEX quote_words_speaker_idx ON quote
    USING gin ((id / 1024), speaker_id, stance_label, search_words(text_lower));

ANALYZE quote;

DROP INDEX quote_words_idx;
ALTER INDEX quote_words_speaker_idx RENAME TO quote_words_idx;
