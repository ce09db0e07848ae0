package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.web.error.ApiException;

/** The one mapping from use-case outcomes to HTTP statuses. */
class OutcomesTest {
    private static final Rejection WHY = new Rejection("LIFE-STALE", "Người khác vừa lưu", "Someone saved");

    private static int status(Outcome<?> o, boolean ifMatch) {
        return Outcomes.problem(o, ifMatch, Language.VI).status();
    }

    @Test
    void each_outcome_has_its_status() {
        assertThat(Outcomes.unwrap(new Outcome.Done<>("x"), false, Language.VI)).isEqualTo("x");
        assertThat(status(new Outcome.Rejected<>("vi", "en", List.of()), false)).isEqualTo(422);
        assertThat(status(new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, WHY, 3), true)).isEqualTo(409);
        assertThat(status(new Outcome.Conflict<>(Outcome.Conflict.Kind.STALE, WHY, 3), true)).isEqualTo(412);
        assertThat(status(new Outcome.Conflict<>(Outcome.Conflict.Kind.STALE, WHY, 3), false))
                .as("no If-Match: the version changed between the check and the write").isEqualTo(409);
        assertThat(status(new Outcome.NotFound<>(InvitationId.random()), false)).isEqualTo(404);
        assertThat(status(new Outcome.Forbidden<>("Không có quyền duyệt", "May not approve"), false)).isEqualTo(403);
        ApiException stale = Outcomes.problem(new Outcome.Conflict<>(Outcome.Conflict.Kind.STALE, WHY, 3), true, Language.EN);
        assertThat(stale.extra()).containsEntry("currentVersion", 3).containsEntry("reason", "LIFE-STALE");
        assertThat(stale.getMessage()).isEqualTo("Someone saved");
        assertThatThrownBy(() -> Outcomes.unwrap(new Outcome.NotFound<>(InvitationId.random()), false, Language.VI))
                .isInstanceOf(ApiException.class);
    }
}
