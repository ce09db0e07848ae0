-- PostgreSQL only (H2 has no inverted index): the full-text index of the searchable text of V6. The text is folded by
-- the application already, so the 'simple' configuration (no stemming, no stop words) indexes its words as they are
-- and no unaccent extension is needed. A search asks for phrases with the last word as a prefix (see SearchText).
CREATE INDEX invitation_version_search_ix ON invitation_version USING GIN (to_tsvector('simple', search_text));

-- the versions saved before V6, which the store fills when it opens the database: found without reading every row
CREATE INDEX invitation_version_unsearchable_ix ON invitation_version (invitation_id, version) WHERE search_text IS NULL;
