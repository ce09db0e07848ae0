package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyTokensTest {
    private final byte[] secret = new byte[32];
    private final ReplyTokens tokens;
    private final UUID recipient = UUID.randomUUID();
    private final UUID meeting = UUID.randomUUID();
    private final Instant end = Instant.parse("2025-06-30T09:00:00Z");

    ReplyTokensTest() {
        Arrays.fill(secret, (byte) 7);
        tokens = new ReplyTokens(secret);
    }

    @Test
    void a_signed_token_is_valid_for_its_meeting_until_it_ends() {
        String t = tokens.sign(recipient, meeting, end);
        assertThat(tokens.check(t, meeting, end.minusSeconds(1)))
                .isEqualTo(new ReplyTokens.Checked.Valid(recipient, meeting, end));
        assertThat(((ReplyTokens.Checked.Refused) tokens.check(t, meeting, end)).id()).isEqualTo("REPLY-EXPIRED");
        assertThat(((ReplyTokens.Checked.Refused) tokens.check(t, UUID.randomUUID(), end.minusSeconds(1))).id())
                .isEqualTo("REPLY-OTHER-INVITATION");
    }

    @Test
    void every_changed_character_and_another_secret_are_refused() {
        String t = tokens.sign(recipient, meeting, end);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '.') continue;
            String changed = t.substring(0, i) + (t.charAt(i) == 'A' ? 'B' : 'A') + t.substring(i + 1);
            assertThat(tokens.check(changed, meeting, end.minusSeconds(1))).as("position %d", i)
                    .isInstanceOf(ReplyTokens.Checked.Refused.class);
        }
        byte[] other = secret.clone();
        other[0] = 8;
        assertThat(new ReplyTokens(other).check(t, meeting, end.minusSeconds(1)))
                .isInstanceOf(ReplyTokens.Checked.Refused.class);
        for (String junk : new String[] {null, "", ".", "x.y", "%00.%00", "a".repeat(5000)}) {
            assertThat(tokens.check(junk, meeting, end.minusSeconds(1))).isInstanceOf(ReplyTokens.Checked.Refused.class);
        }
    }
}
