-- The invitation's lifecycle (dự thảo, đã trình, đã duyệt, bị trả lại, đã ban hành, đã thu hồi), the links between an
-- issued invitation and its follow-ups, and the date of each register series' latest number. Portable SQL (H2 2.x
-- and PostgreSQL 15).

ALTER TABLE invitation DROP CONSTRAINT invitation_status_ck;
ALTER TABLE invitation ADD CONSTRAINT invitation_status_ck
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ISSUED', 'REVOKED'));
ALTER TABLE invitation_version DROP CONSTRAINT invitation_version_status_ck;
ALTER TABLE invitation_version ADD CONSTRAINT invitation_version_status_ck
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ISSUED', 'REVOKED'));

-- why a version was returned (trả lại) or revoked (thu hồi)
ALTER TABLE invitation_version ADD COLUMN reason VARCHAR(2000);

-- the issued invitation this one follows up (đính chính, thay thế, hoãn, thay đổi, hủy), and the issued follow-up
-- that supersedes this one; the numbers are copies, as an issued number never changes
ALTER TABLE invitation ADD COLUMN follows_id UUID REFERENCES invitation (id);
ALTER TABLE invitation ADD COLUMN follows_number VARCHAR(250);
ALTER TABLE invitation ADD COLUMN follows_kind VARCHAR(16);
ALTER TABLE invitation ADD COLUMN superseded_by UUID REFERENCES invitation (id);
ALTER TABLE invitation ADD COLUMN superseded_number VARCHAR(250);
ALTER TABLE invitation ADD COLUMN superseded_kind VARCHAR(16);

-- numbers follow the order of issuing (ND30 Điều 15.1.a): the date of the series' latest number, checked under the
-- register row's lock
ALTER TABLE number_register ADD COLUMN last_issue_date DATE;
UPDATE number_register r SET last_issue_date = (SELECT MAX(v.issue_date) FROM invitation_version v
    WHERE v.status = 'ISSUED' AND v.issuer = r.issuer AND v.symbol = r.symbol
      AND EXTRACT(YEAR FROM v.issue_date) = r.register_year);
