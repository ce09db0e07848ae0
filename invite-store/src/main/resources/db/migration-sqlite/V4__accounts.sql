-- Tài khoản và cơ quan (accounts and organisations), as db/migration's V4 in SQLite's types (ids and times as text).
-- SQLite cannot add a column that references another table with a non-null default, so invitation.organisation_id
-- has no foreign key here; the store only ever writes existing organisations into it.

CREATE TABLE organisation (
    id                    TEXT    NOT NULL PRIMARY KEY,
    name                  TEXT    NOT NULL,
    approval_required     BOOLEAN NOT NULL,
    self_approval_allowed BOOLEAN NOT NULL,
    profile               TEXT,
    created_at            TEXT    NOT NULL
);

INSERT INTO organisation (id, name, approval_required, self_approval_allowed, created_at)
    VALUES ('00000000-0000-0000-0000-000000000001', 'Cơ quan', 1, 1, strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'));

ALTER TABLE invitation ADD COLUMN organisation_id TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001';
CREATE INDEX invitation_organisation_ix ON invitation (organisation_id, updated_at);

CREATE TABLE number_register_v4 (
    organisation_id TEXT    NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES organisation (id),
    issuer          TEXT    NOT NULL,
    symbol          TEXT    NOT NULL,
    register_year   INTEGER NOT NULL,
    last_number     INTEGER NOT NULL,
    last_issue_date TEXT,
    PRIMARY KEY (organisation_id, issuer, symbol, register_year)
);
INSERT INTO number_register_v4 (organisation_id, issuer, symbol, register_year, last_number, last_issue_date)
    SELECT '00000000-0000-0000-0000-000000000001', issuer, symbol, register_year, last_number, last_issue_date
    FROM number_register;
DROP TABLE number_register;
ALTER TABLE number_register_v4 RENAME TO number_register;

CREATE TABLE account (
    id                 TEXT    NOT NULL PRIMARY KEY,
    username           TEXT    NOT NULL UNIQUE,
    password_hash      TEXT    NOT NULL,
    full_name          TEXT    NOT NULL,
    organisation_id    TEXT    NOT NULL REFERENCES organisation (id),
    roles              TEXT    NOT NULL,
    installation_admin BOOLEAN NOT NULL,
    failed_attempts    INTEGER NOT NULL,
    locked_until       TEXT,
    created_at         TEXT    NOT NULL
);

CREATE TABLE credential (
    token_hash TEXT NOT NULL PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    CONSTRAINT credential_kind_ck CHECK (kind IN ('SESSION', 'TOKEN'))
);
CREATE INDEX credential_account_ix ON credential (account_id);

CREATE TABLE audit_entry (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id TEXT    NOT NULL REFERENCES organisation (id),
    invitation_id   TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    detail          TEXT    NOT NULL,
    at              TEXT    NOT NULL
);
CREATE INDEX audit_entry_invitation_ix ON audit_entry (organisation_id, invitation_id, id);
