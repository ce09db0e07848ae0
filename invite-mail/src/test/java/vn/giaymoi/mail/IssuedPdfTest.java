package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.InMemoryInvitationStore;
import vn.giaymoi.application.port.out.InMemorySigningStore;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.render.InvitationRenderer;

/** What a message carries: the copy signed at issue time, never an unsigned drawing in its place. */
class IssuedPdfTest {
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"),
            java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private final InMemorySigningStore signing = new InMemorySigningStore();
    private final InvitationService service = new InvitationService(new InMemoryInvitationStore(), RuleEngine.standard(), CLOCK);
    private final IssuedPdf pdf = IssuedPdf.signedOrDrawn(signing, new InvitationRenderer(CLOCK));

    private StoredInvitation issued() {
        StoredInvitation s = service.create(Drafting.copyAsDraft(Invitations.aGiayMoi(), 2026)).orElseThrow();
        service.submit(s.id(), OptionalInt.of(1)).orElseThrow();
        service.approve(s.id(), OptionalInt.of(2)).orElseThrow();
        return service.issue(s.id(), OptionalInt.of(3), Optional.empty()).orElseThrow();
    }

    @Test
    void a_signed_invitation_sends_its_signed_copy() {
        StoredInvitation s = issued();
        byte[] signed = "%PDF-1.7 signed copy".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        signing.saveSigned(s.id(), signed, CLOCK.instant());
        assertThat(pdf.of(s).orElseThrow()).isEqualTo(signed);
    }

    @Test
    void an_unsigned_one_is_not_sent_and_says_why() {
        StoredInvitation s = issued();
        signing.signingFailed(s.id(), "Máy chủ dấu thời gian không trả lời", CLOCK.instant());
        assertThat(pdf.of(s)).isInstanceOfSatisfying(Outcome.Conflict.class, c -> {
            assertThat(c.rejection().id()).isEqualTo(IssuedPdf.NOT_SIGNED);
            assertThat(c.rejection().messageVi()).contains("chưa ký số (Máy chủ dấu thời gian không trả lời)");
        });
    }

    @Test
    void one_issued_without_signing_is_drawn() {
        byte[] drawn = pdf.of(issued()).orElseThrow();
        assertThat(new String(drawn, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
