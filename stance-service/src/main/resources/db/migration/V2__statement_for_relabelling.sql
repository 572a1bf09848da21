-- The statement a label was computed from, so that stance-service can relabel its automatic labels by itself when
-- the classifier's version changes. Rows stored before this migration have none and are relabelled when the
-- gateway next sends their statement.
ALTER TABLE stance_label
    ADD COLUMN statement_text  text,
    ADD COLUMN statement_cue   varchar(200),
    ADD COLUMN statement_claim varchar(2000);

-- Finds the automatic labels of an older classifier quickly.
CREATE INDEX stance_label_auto_model_version_idx ON stance_label (auto_model_version);
