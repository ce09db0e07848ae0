-- Gửi giấy mời (sending) on SQLite: db/migration's V5 with SQLite's types (ids and times as text, see V2). Column
-- meanings: db/migration. SQLite has one writer at a time (BEGIN IMMEDIATE), so a message is reserved by one worker
-- without row locks.
CREATE TABLE send_recipient (
    id            TEXT    NOT NULL PRIMARY KEY,
    meeting_id    TEXT    NOT NULL REFERENCES invitation (id),
    recipient_key TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    title         TEXT,
    unit          TEXT,
    email         TEXT,
    phone         TEXT,
    origin        TEXT    NOT NULL,
    delegated_by  TEXT    REFERENCES send_recipient (id),
    removed       BOOLEAN NOT NULL,
    added_at      TEXT    NOT NULL,
    reply_kind    TEXT,
    reply_reason  TEXT,
    standin_name  TEXT,
    standin_title TEXT,
    standin_phone TEXT,
    standin_email TEXT,
    replied_at    TEXT,
    replied_via   TEXT,
    CONSTRAINT send_recipient_key_uq UNIQUE (meeting_id, recipient_key),
    CONSTRAINT send_recipient_reply_ck CHECK (reply_kind IS NULL OR reply_kind IN ('attending', 'declined', 'delegated'))
);

CREATE TABLE outbox_mail (
    id              TEXT    NOT NULL PRIMARY KEY,
    recipient_id    TEXT    NOT NULL REFERENCES send_recipient (id),
    invitation_id   TEXT    NOT NULL REFERENCES invitation (id),
    purpose         TEXT    NOT NULL,
    message_id      TEXT    NOT NULL,
    mail_from       TEXT    NOT NULL,
    rcpt_to         TEXT    NOT NULL,
    content         BLOB    NOT NULL,
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT    NOT NULL,
    claimed_by      TEXT,
    lease_until     TEXT,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    sent_at         TEXT,
    CONSTRAINT outbox_mail_message_uq UNIQUE (message_id),
    CONSTRAINT outbox_mail_state_ck CHECK (state IN ('queued', 'claimed', 'sending', 'sent', 'failed'))
);

CREATE INDEX outbox_mail_due_ix ON outbox_mail (state, next_attempt_at);
CREATE INDEX outbox_mail_recipient_ix ON outbox_mail (recipient_id, created_at);

CREATE TABLE send_secret (
    name  TEXT NOT NULL PRIMARY KEY,
    secret TEXT NOT NULL
);
