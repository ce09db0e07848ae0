-- A list of a week's meetings or a month's issues reads its versions from the date's index alone, as db/migration's
-- V8 (same number); these replace the single-column date indexes.
DROP INDEX invitation_version_meeting_date_ix;
DROP INDEX invitation_version_issue_date_ix;
CREATE INDEX invitation_version_meeting_ix ON invitation_version (meeting_date, invitation_id, version);
CREATE INDEX invitation_version_issued_ix ON invitation_version (issue_date, invitation_id, version);
