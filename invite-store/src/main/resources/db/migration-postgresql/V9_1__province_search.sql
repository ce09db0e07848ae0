-- PostgreSQL only (issue 18, a province's million invitations): a word typed in part found without the full-text
-- index's prefix scan (a person's name), and a week's list sorted without reading its invitations (the last index).
-- A query's word is the start of a word ("do" finds "Đỗ", "Đoàn", "đồng"). Asked as a prefix ('do':*), the full-text
-- index first gathers every row of every token starting with it, the two-word tokens of V8.1 included ("dohuu",
-- "dongchi": nearly every invitation), into one bitmap, which grew lossy and cost seconds. The store now first looks
-- the words starting with it up in search_word (the folded words of every version's searchable text, a few tens of
-- thousands) and asks the index for those words themselves ('do' | 'doan' | 'doi' | …), which it answers by stepping
-- through the rarest word's rows instead of gathering the common ones.
-- * A version's words are added by the trigger whenever its searchable text is written, by any writer (the store,
--   COPY, a server of an older release), in the writer's transaction.
-- * The words of versions written before this migration are added by the store after it opens the database, a block
--   range of the version table per transaction, in the background (docs/performance.md gives how long a province's
--   million versions took); meanwhile the database is used as before, and searches ask the index for prefixes.
--   search_word_fill.next_block records how far it is (NULL: done), so a restarted server goes on where it stopped.
CREATE TABLE search_word (
    word TEXT COLLATE "C" PRIMARY KEY
);

CREATE FUNCTION search_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.search_text IS NOT NULL THEN
        INSERT INTO search_word (word)
        SELECT DISTINCT w FROM unnest(string_to_array(btrim(NEW.search_text), ' ')) w
        WHERE w <> '' AND NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = w)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- on every update, not only of search_text: an updated row moves, maybe past the blocks the fill still reads
CREATE TRIGGER invitation_version_words_tg AFTER INSERT OR UPDATE ON invitation_version
    FOR EACH ROW EXECUTE FUNCTION search_word_add();

-- the versions written before the trigger lie in the table's blocks below end_block: the fill reads those blocks
CREATE TABLE search_word_fill (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    next_block BIGINT,
    end_block BIGINT NOT NULL
);
INSERT INTO search_word_fill (id, next_block, end_block)
SELECT 1, CASE WHEN pg_relation_size('invitation_version') = 0 THEN NULL ELSE 0 END,
       pg_relation_size('invitation_version') / current_setting('block_size')::BIGINT;

-- A province's list of a week's meetings sorts its few thousand dated versions by their invitation's update: read
-- from this index alone (PostgreSQL keeps the table's visibility map), not from the invitation rows.
CREATE INDEX invitation_head_ix ON invitation (id) INCLUDE (current_version, updated_at, deleted, status);
