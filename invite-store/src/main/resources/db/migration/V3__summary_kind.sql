-- The kind of document (giay-moi, cong-van, thong-bao, cong-dien) as a search column, so that a page of the list is
-- read from columns without parsing any stored document. Versions saved before this column existed keep it empty;
-- the store reads their kind from the document. Portable SQL.
ALTER TABLE invitation_version ADD COLUMN kind VARCHAR(16);
-- From this version on, a save of a draft also deletes its old saved contents between version 1 and the latest 50
-- (VersionRetention); lifecycle steps and issued versions are never deleted.
