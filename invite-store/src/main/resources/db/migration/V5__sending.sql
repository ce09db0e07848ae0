-- Gửi giấy mời (sending): the recipients of each meeting with their answers, the durable outbox, and the secret the
-- reply links are signed with.
-- meeting_id: the first invitation of a chain of follow-ups (the calendar UID seed), so a postponement reaches the
-- same recipients. recipient_key: the address, or "name:" and the name when there is none (one row per key).
CREATE TABLE send_recipient (
    id            UUID                     NOT NULL PRIMARY KEY,
    meeting_id    UUID                     NOT NULL REFERENCES invitation (id),
    recipient_key VARCHAR(600)             NOT NULL,
    name          VARCHAR(500)             NOT NULL,
    title         VARCHAR(500),
    unit          VARCHAR(500),
    email         VARCHAR(200),
    phone         VARCHAR(40),
    origin        VARCHAR(16)              NOT NULL,
    delegated_by  UUID                     REFERENCES send_recipient (id),
    removed       BOOLEAN                  NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_kind    VARCHAR(16),
    reply_reason  VARCHAR(2000),
    standin_name  VARCHAR(500),
    standin_title VARCHAR(500),
    standin_phone VARCHAR(40),
    standin_email VARCHAR(200),
    replied_at    TIMESTAMP WITH TIME ZONE,
    replied_via   VARCHAR(200),
    CONSTRAINT send_recipient_key_uq UNIQUE (meeting_id, recipient_key),
    CONSTRAINT send_recipient_reply_ck CHECK (reply_kind IS NULL OR reply_kind IN ('attending', 'declined', 'delegated'))
);

-- state: queued (waits for next_attempt_at), claimed (reserved by claimed_by until lease_until, hand-over not begun),
-- sending (hand-over begun: after a crash the only state in which the recipient may already have it), sent, failed.
CREATE TABLE outbox_mail (
    id              UUID                     NOT NULL PRIMARY KEY,
    recipient_id    UUID                     NOT NULL REFERENCES send_recipient (id),
    invitation_id   UUID                     NOT NULL REFERENCES invitation (id),
    purpose         VARCHAR(16)              NOT NULL,
    message_id      VARCHAR(300)             NOT NULL,
    mail_from       VARCHAR(200)             NOT NULL,
    rcpt_to         VARCHAR(200)             NOT NULL,
    content         BYTEA                    NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(200),
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_mail_message_uq UNIQUE (message_id),
    CONSTRAINT outbox_mail_state_ck CHECK (state IN ('queued', 'claimed', 'sending', 'sent', 'failed'))
);

CREATE INDEX outbox_mail_due_ix ON outbox_mail (state, next_attempt_at);
CREATE INDEX outbox_mail_recipient_ix ON outbox_mail (recipient_id, created_at);

CREATE TABLE send_secret (
    name  VARCHAR(40) NOT NULL PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
