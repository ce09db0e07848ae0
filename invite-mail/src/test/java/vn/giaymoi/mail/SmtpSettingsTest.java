package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
    @Test
    void smtp_means_starttls_on_587_and_the_password_comes_from_the_environment() {
        SmtpSettings s = SmtpSettings.from("smtp://vanthu%40hatinh.gov.vn@mail.hatinh.gov.vn", Map.of(
                "GIAYMOI_SMTP_PASSWORD", "bí mật")).orElseThrow();
        assertThat(s.host()).isEqualTo("mail.hatinh.gov.vn");
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(s.user()).isEqualTo("vanthu@hatinh.gov.vn");
        assertThat(s.from()).isEqualTo("vanthu@hatinh.gov.vn");
        assertThat(s.password()).isEqualTo("bí mật");
        assertThat(s.toString()).doesNotContain("bí mật");
        assertThat(SmtpSettings.from(null, Map.of("GIAYMOI_SMTP_URL", "smtps://u@h:2465")).orElseThrow())
                .extracting(SmtpSettings::port, SmtpSettings::security).containsExactly(2465, SmtpSettings.Security.TLS);
    }

    @Test
    void without_a_url_there_is_no_server_and_the_outbox_waits() {
        assertThat(SmtpSettings.from(null, Map.of())).isEmpty();
        assertThat(SmtpSettings.from(" ", Map.of("GIAYMOI_SMTP_URL", ""))).isEmpty();
    }

    @Test
    void a_password_in_the_url_another_scheme_or_no_host_is_refused_in_vietnamese() {
        assertThatThrownBy(() -> SmtpSettings.from("smtp://u:secret@h:587", Map.of()))
                .hasMessageContaining("GIAYMOI_SMTP_PASSWORD").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SmtpSettings.from("http://h", Map.of())).hasMessageContaining("smtp://");
        assertThatThrownBy(() -> SmtpSettings.from("smtp://", Map.of())).hasMessageContaining("máy chủ");
    }
}
