-- Ký số khi ban hành (signing at issue time) on SQLite: db/migration's V7 with SQLite's types (ids and times as text,
-- see V2). Column meanings: db/migration.
CREATE TABLE signing_settings (
    organisation_id TEXT NOT NULL PRIMARY KEY REFERENCES organisation (id),
    document        TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE signed_copy (
    invitation_id TEXT NOT NULL PRIMARY KEY REFERENCES invitation (id),
    pdf           BLOB,
    problem       TEXT,
    updated_at    TEXT NOT NULL
);
