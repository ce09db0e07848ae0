-- Chữ để tìm (searchable text), as db/migration's V6 (same number): every word of the version, folded by the
-- application (lower case, no diacritics, single spaces), so that a search finds the number, a signer or an invitee
-- typed without accents. Filled for earlier versions by the store when it opens the database.
ALTER TABLE invitation_version ADD COLUMN search_text TEXT;

-- the list of one organisation, as db/migration's V6
CREATE INDEX invitation_version_issuer_ix ON invitation_version (issuer, meeting_date);
