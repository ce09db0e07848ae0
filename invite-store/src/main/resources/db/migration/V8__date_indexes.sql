-- Quy mô cấp tỉnh (province scale): a list of a week's meetings or a month's issues reads its versions from the
-- date's index alone (the version's key is in the index, so PostgreSQL need not read the wide rows), then the latest
-- ones among them in update order. These replace V1's single-column date indexes. Portable SQL (H2 and PostgreSQL).
DROP INDEX invitation_version_meeting_date_ix;
DROP INDEX invitation_version_issue_date_ix;
CREATE INDEX invitation_version_meeting_ix ON invitation_version (meeting_date, invitation_id, version);
CREATE INDEX invitation_version_issued_ix ON invitation_version (issue_date, invitation_id, version);
