-- PostgreSQL only: search without reading TOAST (issue 18, province scale). The stored tsvector of V6.1 (3.8 KB a
-- version, with positions) was kept out of line, and a phrase needs positions, so every row a search tested cost a
-- TOAST fetch; on a province's invitations a search took seconds. Now:
-- * the searchable text (about 3.5 KB, 1.4 KB compressed) stays inside the row (STORAGE MAIN: compressed, moved out
--   only when a row would not fit a page), so the exact test of a phrase (LIKE, as on SQLite and H2) costs
--   microseconds; the JSON document is the column moved out of line;
-- * search_words holds the words of that text and each two neighbours written together ("nguyen van an" gives
--   "nguyenvan", "vanan"), without positions, written by the application (no text parser, no unaccent); its index
--   answers "these words and pairs are there" exactly, without reading any row, and a pair makes a phrase of common
--   words rare. The column itself is never read by a search, so it may live out of line.
-- Versions saved before get their words from the store when it opens the database (as V6's text); rows written
-- before keep their place until they are rewritten (VACUUM FULL moves their text inline).
DROP INDEX invitation_version_search_ix;
ALTER TABLE invitation_version DROP COLUMN search_vector;
ALTER TABLE invitation_version ALTER COLUMN search_text SET STORAGE MAIN;
ALTER TABLE invitation_version ADD COLUMN search_words tsvector;
CREATE INDEX invitation_version_words_ix ON invitation_version USING GIN (search_words);
-- the versions the store still has to fill, found without reading every row
CREATE INDEX invitation_version_unindexed_ix ON invitation_version (invitation_id, version) WHERE search_words IS NULL;
