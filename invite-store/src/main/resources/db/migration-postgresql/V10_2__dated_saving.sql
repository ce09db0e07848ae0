-- PostgreSQL only (issue 18): a week's list sorted from its date's index. V8's date indexes give a range's versions;
-- their saving (saved_at, for a current version the same value as its invitation's updated_at) now comes with them,
-- so that the page sorts them first and looks up only as many heads as it shows (a week: 50 instead of ~7,000).
-- Built CONCURRENTLY (Flyway runs these statements outside a transaction): a province's database keeps being read and
-- written meanwhile; on 1,000,000 invitations each index took 6–7 s here (docs/performance.md).
CREATE INDEX CONCURRENTLY invitation_version_meeting_saved_ix
    ON invitation_version (meeting_date, invitation_id, version) INCLUDE (saved_at);
CREATE INDEX CONCURRENTLY invitation_version_issued_saved_ix
    ON invitation_version (issue_date, invitation_id, version) INCLUDE (saved_at);
DROP INDEX CONCURRENTLY IF EXISTS invitation_version_meeting_ix;
DROP INDEX CONCURRENTLY IF EXISTS invitation_version_issued_ix;
