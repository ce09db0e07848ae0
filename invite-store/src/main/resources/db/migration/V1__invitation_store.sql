-- Kho giấy mời (invitation store). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- One row per invitation: which version is the latest, whether it is issued (frozen) or removed from the list.
CREATE TABLE invitation (
    id              UUID                     NOT NULL PRIMARY KEY,
    current_version INTEGER                  NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    deleted         BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invitation_status_ck CHECK (status IN ('DRAFT', 'ISSUED'))
);

CREATE INDEX invitation_updated_at_ix ON invitation (updated_at);

-- Every save is a new row; rows are never updated or deleted. The document is the JSON input format;
-- the other columns are copies of it for searching.
CREATE TABLE invitation_version (
    invitation_id  UUID                     NOT NULL REFERENCES invitation (id),
    version        INTEGER                  NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    document       TEXT                     NOT NULL,
    subject        TEXT                     NOT NULL,
    subject_search TEXT                     NOT NULL,
    issuer         VARCHAR(500)             NOT NULL,
    symbol         VARCHAR(200)             NOT NULL,
    doc_number     VARCHAR(11)              NOT NULL,
    issue_date     DATE,
    meeting_date   DATE,
    PRIMARY KEY (invitation_id, version),
    CONSTRAINT invitation_version_status_ck CHECK (status IN ('DRAFT', 'ISSUED'))
);

CREATE INDEX invitation_version_issue_date_ix ON invitation_version (issue_date);
CREATE INDEX invitation_version_meeting_date_ix ON invitation_version (meeting_date);

-- Sổ đăng ký số (number register): the last number handed out per issuer, ký hiệu and year (ND30 Điều 15:
-- numbering restarts at 01 on 1 January). Incremented under a row lock inside the issuing transaction.
CREATE TABLE number_register (
    issuer        VARCHAR(500) NOT NULL,
    symbol        VARCHAR(200) NOT NULL,
    register_year INTEGER      NOT NULL,
    last_number   INTEGER      NOT NULL,
    PRIMARY KEY (issuer, symbol, register_year)
);
