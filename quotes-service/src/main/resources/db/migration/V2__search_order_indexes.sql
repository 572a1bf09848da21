-- Quote searches list the newest quotes first (by id). Ending each filter's index with the id makes a page, and a
-- count that stops early, one short index range read instead of a sort of every match.
DROP INDEX quote_speaker_id_idx;
CREATE INDEX quote_speaker_newest_idx ON quote (speaker_id, id);
CREATE INDEX quote_speaker_stance_newest_idx ON quote (speaker_id, stance_label, id);

DROP INDEX quote_stance_label_idx;
CREATE INDEX quote_stance_newest_idx ON quote (stance_label, id);

-- A finer sample of quote text lets the planner tell a rare word (read through the trigram index) from a common one
-- (read along the newest-first order until the page is full).
ALTER TABLE quote ALTER COLUMN text SET STATISTICS 1000;
