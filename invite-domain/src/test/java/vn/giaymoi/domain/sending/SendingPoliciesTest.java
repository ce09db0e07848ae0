package vn.giaymoi.domain.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendingPoliciesTest {
    @Test
    void waits_double_up_to_the_longest_and_stop_after_the_last_try() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2), 5);
        assertThat(p.nextWait(1, false)).contains(Duration.ofSeconds(30));
        assertThat(p.nextWait(2, false)).contains(Duration.ofMinutes(1));
        assertThat(p.nextWait(3, false)).contains(Duration.ofMinutes(2));
        assertThat(p.nextWait(4, false)).contains(Duration.ofMinutes(2));
        assertThat(p.nextWait(5, false)).isEmpty();
        assertThat(p.nextWait(1, true)).as("a permanent refusal is not retried").isEmpty();
    }

    @Test
    void a_recipient_is_known_by_address_else_by_name() {
        Recipient a = new Recipient("Sở Tài chính", null, "Sở Tài chính", "VanThu@STC.gov.vn", null, Recipient.Origin.INVITEE);
        Recipient b = new Recipient("Sở  tài chính;", null, null, null, "0239 3855 123", Recipient.Origin.DISTRIBUTION);
        assertThat(a.key()).isEqualTo("vanthu@stc.gov.vn");
        assertThat(b.key()).isEqualTo("name:sở tài chính");
        Recipient c = new Recipient("Sở Nội vụ", null, null, "snv@x.gov.vn", null, Recipient.Origin.INVITEE);
        assertThat(Recipients.removed(List.of(a, b, c), List.of(c, b))).containsExactly(a);
    }

    @Test
    void a_decline_needs_its_reason_and_a_stand_in_a_name() {
        assertThatThrownBy(() -> new Reply.Declined(" ")).hasMessageContaining("Lý do");
        assertThatThrownBy(() -> new Reply.StandIn("", null, null, null)).hasMessageContaining("người dự thay");
        assertThat(new Reply.StandIn("Lê Văn B", "Phó Giám đốc", null, "b@x.vn").asRecipient("Sở Tài chính").origin())
                .isEqualTo(Recipient.Origin.STAND_IN);
    }
}
