package vn.giaymoi.store.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.SendingStore;
import vn.giaymoi.domain.sending.Delivery;
import vn.giaymoi.domain.sending.Recipient;
import vn.giaymoi.domain.sending.Reply;

/**
 * Hộp thư đi trong cơ sở dữ liệu (the outbox and recipients in SQL, schema V5). A worker reserves due messages in
 * one transaction: on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so racing servers each take other rows; on
 * SQLite inside {@code BEGIN IMMEDIATE}, which makes the reserving transaction the file's only writer. Every change of
 * a reserved message names its worker, so a worker whose lease ran out cannot overwrite the one that took over.
 */
final class JdbcSendingStore implements SendingStore {
    private static final String SECRET_NAME = "reply-link";
    /** Who delivers, in the audit log. */
    static final String SYSTEM = "hệ thống gửi thư";
    private static final String RECIPIENT_COLUMNS = "id, meeting_id, name, title, unit, email, phone, origin,"
            + " delegated_by, removed, reply_kind, reply_reason, standin_name, standin_title, standin_phone,"
            + " standin_email, replied_at, replied_via";
    private static final String MAIL_COLUMNS = "id, recipient_id, invitation_id, purpose, message_id, mail_from,"
            + " rcpt_to, content";

    private final Dialect dialect;
    private final Transactions tx;

    JdbcSendingStore(DataSource dataSource, Dialect dialect) {
        this.dialect = dialect;
        this.tx = new Transactions(dataSource, dialect);
    }

    // ------------------------------------------------------------------ recipients

    @Override
    public List<StoredRecipient> recipients(UUID meeting) {
        return tx.reading(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RECIPIENT_COLUMNS
                    + " FROM send_recipient WHERE meeting_id = ? ORDER BY added_at, name")) {
                dialect.setUuid(ps, 1, meeting);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rows.add(row(rs));
                }
            }
            Map<UUID, Delivery> latest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.recipient_id, m.state, m.attempts, m.last_error,"
                    + " m.sent_at FROM outbox_mail m JOIN send_recipient r ON r.id = m.recipient_id"
                    + " WHERE r.meeting_id = ? ORDER BY m.created_at")) {
                dialect.setUuid(ps, 1, meeting);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) latest.put(dialect.uuid(rs, "recipient_id"), delivery(rs));
                }
            }
            return rows.stream().map(r -> r.with(latest.get(r.id))).toList();
        });
    }

    @Override
    public Optional<StoredRecipient> recipient(UUID id) {
        return tx.reading(c -> {
            Row row;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RECIPIENT_COLUMNS + " FROM send_recipient WHERE id = ?")) {
                dialect.setUuid(ps, 1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    row = row(rs);
                }
            }
            Delivery delivery = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT state, attempts, last_error, sent_at FROM outbox_mail"
                    + " WHERE recipient_id = ? ORDER BY created_at DESC")) {
                dialect.setUuid(ps, 1, id);
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) delivery = delivery(rs);
                }
            }
            return Optional.of(row.with(delivery));
        });
    }

    @Override
    public int queue(List<Queued> items, Instant now) {
        return tx.writing(c -> {
            int queued = 0;
            Instant added = now;
            for (Queued item : items) {
                // one microsecond apart, so the list keeps the order the document names them
                added = added.plusNanos(1_000);
                saveRecipient(c, item.recipient(), added);
                if (item.mail() != null && !exists(c, item.mail().messageId())) {
                    insertMail(c, item.mail(), now);
                    queued++;
                }
            }
            return queued;
        });
    }

    private void saveRecipient(Connection c, StoredRecipient s, Instant now) throws SQLException {
        Recipient r = s.recipient();
        try (PreparedStatement ps = c.prepareStatement("UPDATE send_recipient SET name = ?, title = ?, unit = ?,"
                + " email = ?, phone = ?, removed = ? WHERE id = ?")) {
            ps.setString(1, r.name());
            ps.setString(2, r.title());
            ps.setString(3, r.unit());
            ps.setString(4, r.email());
            ps.setString(5, r.phone());
            ps.setBoolean(6, s.removed());
            dialect.setUuid(ps, 7, s.id());
            if (ps.executeUpdate() == 1) return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO send_recipient (id, meeting_id, recipient_key, name,"
                + " title, unit, email, phone, origin, delegated_by, removed, added_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            dialect.setUuid(ps, 1, s.id());
            dialect.setUuid(ps, 2, s.meeting());
            ps.setString(3, r.key());
            ps.setString(4, r.name());
            ps.setString(5, r.title());
            ps.setString(6, r.unit());
            ps.setString(7, r.email());
            ps.setString(8, r.phone());
            ps.setString(9, r.origin().name());
            dialect.setUuid(ps, 10, s.delegatedBy());
            ps.setBoolean(11, s.removed());
            dialect.setInstant(ps, 12, now);
            ps.executeUpdate();
        }
    }

    @Override
    public boolean hasMessage(String messageId) {
        return tx.reading(c -> exists(c, messageId));
    }

    private static boolean exists(Connection c, String messageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox_mail WHERE message_id = ?")) {
            ps.setString(1, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void insertMail(Connection c, OutgoingMail m, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_mail (" + MAIL_COLUMNS + ", state, attempts,"
                + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)")) {
            dialect.setUuid(ps, 1, m.id());
            dialect.setUuid(ps, 2, m.recipient());
            dialect.setUuid(ps, 3, m.invitation().value());
            ps.setString(4, m.purpose());
            ps.setString(5, m.messageId());
            ps.setString(6, m.from());
            ps.setString(7, m.to());
            ps.setBytes(8, m.content());
            dialect.setInstant(ps, 9, now);
            dialect.setInstant(ps, 10, now);
            ps.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ delivery

    @Override
    public List<OutgoingMail> claim(String worker, int limit, Instant now, Duration lease) {
        return tx.writing(c -> {
            List<UUID> ids = new ArrayList<>();
            List<Boolean> interrupted = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, state FROM outbox_mail WHERE"
                    + " (state = 'queued' AND next_attempt_at <= ?) OR (state IN ('claimed', 'sending') AND lease_until < ?)"
                    + " ORDER BY next_attempt_at, created_at" + (dialect == Dialect.H2 ? "" : " LIMIT " + limit)
                    + dialect.forUpdateSkipLocked())) {
                dialect.setInstant(ps, 1, now);
                dialect.setInstant(ps, 2, now);
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(dialect.uuid(rs, "id"));
                        interrupted.add("sending".equals(rs.getString("state")));
                    }
                }
            }
            List<UUID> taken = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_mail SET state = 'claimed', claimed_by = ?,"
                    + " lease_until = ?, attempts = attempts + 1,"
                    + " last_error = CASE WHEN ? THEN ? ELSE last_error END WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(1, worker);
                    dialect.setInstant(ps, 2, now.plus(lease));
                    ps.setBoolean(3, interrupted.get(i));
                    ps.setString(4, "lần gửi trước bị ngắt khi đang trao thư cho máy chủ thư; người nhận có thể nhận"
                            + " hai bản giống nhau (cùng Message-ID)");
                    dialect.setUuid(ps, 5, ids.get(i));
                    if (ps.executeUpdate() == 1) taken.add(ids.get(i));
                }
            }
            List<OutgoingMail> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MAIL_COLUMNS + " FROM outbox_mail WHERE id = ?")) {
                for (UUID id : taken) {
                    dialect.setUuid(ps, 1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.add(mail(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean handingOver(UUID mail, String worker, Instant now) {
        return update("UPDATE outbox_mail SET state = 'sending' WHERE id = ? AND claimed_by = ? AND state = 'claimed'",
                mail, worker, null, null) == 1;
    }

    @Override
    public void sent(UUID mail, String worker, Instant at) {
        tx.writing(c -> {
            if (update(c, "UPDATE outbox_mail SET state = 'sent', sent_at = ?, lease_until = NULL WHERE id = ?"
                    + " AND claimed_by = ?", mail, worker, at, null) == 1) {
                auditDelivery(c, mail, AuditAction.DELIVERED, "", at);
            }
            return null;
        });
    }

    @Override
    public void retry(UUID mail, String worker, String error, Instant next) {
        update("UPDATE outbox_mail SET state = 'queued', next_attempt_at = ?, last_error = ?, claimed_by = NULL,"
                + " lease_until = NULL WHERE id = ? AND claimed_by = ?", mail, worker, next, error);
    }

    @Override
    public void failed(UUID mail, String worker, String reason, Instant at) {
        tx.writing(c -> {
            if (update(c, "UPDATE outbox_mail SET state = 'failed', last_error = ?, lease_until = NULL WHERE id = ?"
                    + " AND claimed_by = ?", mail, worker, null, reason) == 1) {
                auditDelivery(c, mail, AuditAction.DELIVERY_FAILED, ": " + reason, at);
            }
            return null;
        });
    }

    /** One guarded update: an optional time first, an optional text next, then the id and the worker. */
    private int update(String sql, UUID mail, String worker, Instant time, String text) {
        return tx.writing(c -> update(c, sql, mail, worker, time, text));
    }

    private int update(Connection c, String sql, UUID mail, String worker, Instant time, String text)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (time != null) dialect.setInstant(ps, i++, time);
            if (text != null) ps.setString(i++, shorten(text));
            dialect.setUuid(ps, i++, mail);
            ps.setString(i, worker);
            return ps.executeUpdate();
        }
    }

    /** The delivery of {@code mail} in its invitation's audit log: to whom and which message. */
    private void auditDelivery(Connection c, UUID mail, AuditAction action, String why, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT m.invitation_id, m.purpose, r.name FROM outbox_mail m"
                + " JOIN send_recipient r ON r.id = m.recipient_id WHERE m.id = ?")) {
            dialect.setUuid(ps, 1, mail);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return;
                AuditLines.insertForInvitation(c, dialect, new InvitationId(dialect.uuid(rs, "invitation_id")),
                        SYSTEM, action, rs.getString("name") + " (" + rs.getString("purpose") + ")" + why, at);
            }
        }
    }

    @Override
    public void audit(InvitationId invitation, String actor, AuditAction action, String detail, Instant at) {
        tx.writing(c -> {
            AuditLines.insertForInvitation(c, dialect, invitation, actor, action, detail, at);
            return null;
        });
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return tx.writing(c -> work.get());
    }

    @Override
    public int attempts(UUID mail) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT attempts FROM outbox_mail WHERE id = ?")) {
                dialect.setUuid(ps, 1, mail);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    // ------------------------------------------------------------------ replies

    @Override
    public void reply(UUID recipient, Reply reply, String via, Instant at) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE send_recipient SET reply_kind = ?, reply_reason = ?,"
                    + " standin_name = ?, standin_title = ?, standin_phone = ?, standin_email = ?, replied_at = ?,"
                    + " replied_via = ? WHERE id = ?")) {
                Reply.StandIn s = reply instanceof Reply.Delegated d ? d.standIn() : null;
                ps.setString(1, reply.wire());
                ps.setString(2, reply instanceof Reply.Declined d ? shorten(d.reason()) : null);
                ps.setString(3, s == null ? null : s.name());
                ps.setString(4, s == null ? null : s.title());
                ps.setString(5, s == null ? null : s.phone());
                ps.setString(6, s == null ? null : s.email());
                dialect.setInstant(ps, 7, at);
                ps.setString(8, via);
                dialect.setUuid(ps, 9, recipient);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public byte[] replySecret() {
        Optional<String> known = tx.reading(this::readSecret);
        if (known.isPresent()) return Base64.getDecoder().decode(known.get());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            tx.writing(c -> {
                if (readSecret(c).isPresent()) return null;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO send_secret (name, secret) VALUES (?, ?)")) {
                    ps.setString(1, SECRET_NAME);
                    ps.setString(2, Base64.getEncoder().encodeToString(fresh));
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StoreException raced) {
            // another server made it at the same moment (PostgreSQL): theirs is the one kept
        }
        return Base64.getDecoder().decode(tx.reading(this::readSecret).orElseThrow());
    }

    private Optional<String> readSecret(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM send_secret WHERE name = ?")) {
            ps.setString(1, SECRET_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    // ------------------------------------------------------------------ rows

    private record Row(UUID id, UUID meeting, Recipient recipient, UUID delegatedBy, boolean removed, Reply reply,
            Instant repliedAt, String repliedVia) {
        StoredRecipient with(Delivery delivery) {
            return new StoredRecipient(id, meeting, recipient, delegatedBy, removed, reply, repliedAt, repliedVia, delivery);
        }
    }

    private Row row(ResultSet rs) throws SQLException {
        Recipient r = new Recipient(rs.getString("name"), rs.getString("title"), rs.getString("unit"),
                rs.getString("email"), rs.getString("phone"), Recipient.Origin.valueOf(rs.getString("origin")));
        String kind = rs.getString("reply_kind");
        Reply reply = kind == null ? null : switch (kind) {
            case "attending" -> new Reply.Attending();
            case "declined" -> new Reply.Declined(rs.getString("reply_reason"));
            default -> new Reply.Delegated(new Reply.StandIn(rs.getString("standin_name"), rs.getString("standin_title"),
                    rs.getString("standin_phone"), rs.getString("standin_email")));
        };
        Instant repliedAt = rs.getString("replied_at") == null ? null : dialect.instant(rs, "replied_at");
        return new Row(dialect.uuid(rs, "id"), dialect.uuid(rs, "meeting_id"), r, dialect.uuid(rs, "delegated_by"),
                rs.getBoolean("removed"), reply, repliedAt, rs.getString("replied_via"));
    }

    private Delivery delivery(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return switch (state) {
            case "sent" -> new Delivery.Sent(dialect.instant(rs, "sent_at"));
            case "failed" -> new Delivery.Failed(rs.getString("last_error"));
            default -> new Delivery.Queued(rs.getInt("attempts"), rs.getString("last_error"));
        };
    }

    private OutgoingMail mail(ResultSet rs) throws SQLException {
        return new OutgoingMail(dialect.uuid(rs, "id"), dialect.uuid(rs, "recipient_id"),
                new InvitationId(dialect.uuid(rs, "invitation_id")), rs.getString("purpose"), rs.getString("message_id"),
                rs.getString("mail_from"), rs.getString("rcpt_to"), rs.getBytes("content"));
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "…";
    }
}
