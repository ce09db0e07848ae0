-- The kind of document as a search column, as db/migration's V3 (same number: "a later version is written once per
-- location"), so that a page of the list is read from columns without parsing any stored document.
ALTER TABLE invitation_version ADD COLUMN kind TEXT;
