-- Chữ để tìm (searchable text): every word of the version (number, subject, issuer, addressees, invitees, units, body,
-- signer), folded by the application to lower case without diacritics and separated by single spaces, so that a
-- search finds "01/GM-SNV", a signer or an invitee typed without accents. Versions saved before this column stay
-- empty until the store fills them when it opens the database. Portable SQL (H2 and PostgreSQL); PostgreSQL's
-- full-text index is in db/migration-postgresql.
ALTER TABLE invitation_version ADD COLUMN search_text TEXT;

-- the list of one organisation (a province keeps all its departments and communes in one database): today the
-- issuer as the register keys it; the meeting date second, for "our meetings next week"
CREATE INDEX invitation_version_issuer_ix ON invitation_version (issuer, meeting_date);
