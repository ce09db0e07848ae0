-- PostgreSQL only (H2 has no inverted index): the full-text index of the searchable text of V6. The text is folded by
-- the application already, so the 'simple' configuration (no stemming, no stop words) indexes its words as they are
-- and no unaccent extension is needed. The words are kept parsed in a stored column: a list walked in date order
-- tests each row against the query, and parsing the text again for every row cost milliseconds per row.
ALTER TABLE invitation_version ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED;
CREATE INDEX invitation_version_search_ix ON invitation_version USING GIN (search_vector);

-- the versions saved before V6, which the store fills when it opens the database: found without reading every row
CREATE INDEX invitation_version_unsearchable_ix ON invitation_version (invitation_id, version) WHERE search_text IS NULL;
