package vn.giaymoi.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mã trả lời (the signed token of a personal reply link): the recipient, the meeting and the moment the link stops
 * working, signed with HMAC-SHA256 under the server's secret. Nothing is looked up to check a token; changing any
 * byte, or reusing it for another meeting, or after the meeting ends, is refused.
 */
public final class ReplyTokens {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int PAYLOAD = 16 + 16 + 8;

    /** Kết quả kiểm tra (a token checked). */
    public sealed interface Checked {
        /** Valid: the link is {@code recipient}'s, for {@code meeting}. */
        record Valid(UUID recipient, UUID meeting, Instant expires) implements Checked {}

        /** Refused, with the reason's stable id and the Vietnamese page text. */
        record Refused(String id, String message) implements Checked {}
    }

    private final SecretKeySpec key;

    public ReplyTokens(byte[] secret) {
        if (secret.length < 32) throw new IllegalArgumentException("the reply secret needs at least 32 bytes");
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The token of {@code recipient}'s link for {@code meeting}, valid until {@code expires}. */
    public String sign(UUID recipient, UUID meeting, Instant expires) {
        ByteBuffer b = ByteBuffer.allocate(PAYLOAD);
        b.putLong(recipient.getMostSignificantBits()).putLong(recipient.getLeastSignificantBits());
        b.putLong(meeting.getMostSignificantBits()).putLong(meeting.getLeastSignificantBits());
        b.putLong(expires.getEpochSecond());
        byte[] payload = b.array();
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** Checks {@code token} as presented for {@code meeting} at {@code now}. */
    public Checked check(String token, UUID meeting, Instant now) {
        Checked.Refused tampered = new Checked.Refused("REPLY-TAMPERED", "Đường dẫn trả lời không đúng hoặc đã bị sửa."
                + " Hãy mở lại đường dẫn trong thư mời, hoặc gọi điện cho văn thư của cơ quan mời để trả lời.");
        if (token == null || token.length() > 200) return tampered;
        int dot = token.indexOf('.');
        if (dot < 0) return tampered;
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
            signature = DECODE.decode(token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return tampered;
        }
        // only the one spelling the server wrote: base64's unused last bits would otherwise let 4 spellings pass
        if (!ENCODE.encodeToString(payload).equals(token.substring(0, dot))
                || !ENCODE.encodeToString(signature).equals(token.substring(dot + 1))) {
            return tampered;
        }
        if (payload.length != PAYLOAD || !MessageDigest.isEqual(mac(payload), signature)) return tampered;
        ByteBuffer b = ByteBuffer.wrap(payload);
        UUID recipient = new UUID(b.getLong(), b.getLong());
        UUID forMeeting = new UUID(b.getLong(), b.getLong());
        Instant expires = Instant.ofEpochSecond(b.getLong());
        if (!forMeeting.equals(meeting)) {
            return new Checked.Refused("REPLY-OTHER-INVITATION", "Đường dẫn này là của một giấy mời khác. Hãy mở đường"
                    + " dẫn trong đúng thư mời của cuộc họp bạn muốn trả lời.");
        }
        if (!now.isBefore(expires)) {
            return new Checked.Refused("REPLY-EXPIRED", "Cuộc họp đã kết thúc nên đường dẫn trả lời không còn dùng"
                    + " được. Nếu cần, hãy liên hệ văn thư của cơ quan mời.");
        }
        return new Checked.Valid(recipient, meeting, expires);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ReplyTokens[secret hidden]";
    }
}
