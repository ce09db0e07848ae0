-- Kho giấy mời (invitation store) on SQLite, the embedded default: the schema db/migration's V1 and V2 reach on
-- PostgreSQL and H2, in one script (SQLite cannot drop a CHECK constraint, and every SQLite file starts at this
-- version). A later version is written once per location, with the same number. SQLite keeps what the others type:
-- ids as text (canonical UUID), times as ISO-8601 text in UTC with microseconds (so text order is time order),
-- dates as yyyy-MM-dd text, booleans as 0/1. Column meanings: db/migration.

CREATE TABLE invitation (
    id                TEXT    NOT NULL PRIMARY KEY,
    current_version   INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    deleted           BOOLEAN NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    follows_id        TEXT    REFERENCES invitation (id),
    follows_number    TEXT,
    follows_kind      TEXT,
    superseded_by     TEXT    REFERENCES invitation (id),
    superseded_number TEXT,
    superseded_kind   TEXT,
    CONSTRAINT invitation_status_ck
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ISSUED', 'REVOKED'))
);

CREATE INDEX invitation_updated_at_ix ON invitation (updated_at);

CREATE TABLE invitation_version (
    invitation_id  TEXT    NOT NULL REFERENCES invitation (id),
    version        INTEGER NOT NULL,
    status         TEXT    NOT NULL,
    saved_at       TEXT    NOT NULL,
    document       TEXT    NOT NULL,
    subject        TEXT    NOT NULL,
    subject_search TEXT    NOT NULL,
    issuer         TEXT    NOT NULL,
    symbol         TEXT    NOT NULL,
    doc_number     TEXT    NOT NULL,
    issue_date     TEXT,
    meeting_date   TEXT,
    reason         TEXT,
    PRIMARY KEY (invitation_id, version),
    CONSTRAINT invitation_version_status_ck
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ISSUED', 'REVOKED'))
);

CREATE INDEX invitation_version_issue_date_ix ON invitation_version (issue_date);
CREATE INDEX invitation_version_meeting_date_ix ON invitation_version (meeting_date);

CREATE TABLE number_register (
    issuer          TEXT    NOT NULL,
    symbol          TEXT    NOT NULL,
    register_year   INTEGER NOT NULL,
    last_number     INTEGER NOT NULL,
    last_issue_date TEXT,
    PRIMARY KEY (issuer, symbol, register_year)
);
