-- A word among the quotes of one stance, when common enough to be walked to, newest first, along the stance's index:
-- with the lower-case text in the index, the walk reads the index alone wherever the visibility map marks the table's
-- page all-visible, instead of one quote in four scattered over the table. On the bench corpus of a million quotes
-- under load, deny with each of ten words: PostgreSQL's CPU 37 -> 25 ms a request summed over the words (troops 4.4
-- -> 2.3, vaccine 4.5 -> 2.0, interest rates 10.0 -> 5.6). The index without the text stays for pages of a stance
-- alone, which read up to 10,000 entries of it.
CREATE INDEX quote_stance_newest_text_idx ON quote (stance_label, id) INCLUDE (text_lower);
