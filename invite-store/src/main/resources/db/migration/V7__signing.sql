-- Ký số khi ban hành (signing at issue time, issue 15). signing_settings: an organisation's settings document (JSON:
-- where its key is and the environment variable of its password or PIN, never the key or the password; its seal and
-- signers' images). signed_copy: an issued invitation's signed PDF; pdf NULL means "chưa ký" (marked before the number
-- is taken, signed after), problem says why the last attempt failed.
CREATE TABLE signing_settings (
    organisation_id UUID                     NOT NULL PRIMARY KEY REFERENCES organisation (id),
    document        TEXT                     NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE signed_copy (
    invitation_id UUID                     NOT NULL PRIMARY KEY REFERENCES invitation (id),
    pdf           BYTEA,
    problem       VARCHAR(4000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
