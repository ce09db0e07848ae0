package vn.giaymoi.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RichTextTest {
    @Test
    void reads_bold_and_italic_runs() {
        RichText t = RichText.of("gửi **trước ngày 15/5/2024** (*đưa tin*) xong");
        assertThat(t.plain()).isEqualTo("gửi trước ngày 15/5/2024 (đưa tin) xong");
        assertThat(t.runs()).extracting(Run::bold).containsExactly(false, true, false, false, false);
        assertThat(t.runs()).extracting(Run::italic).containsExactly(false, false, false, true, false);
        assertThat(t.hasEmphasis()).isTrue();
    }

    @Test
    void keeps_an_unmatched_or_escaped_asterisk_literal() {
        assertThat(RichText.of("5 * 3").plain()).isEqualTo("5 * 3");
        assertThat(RichText.of("a \\*b\\* c").plain()).isEqualTo("a *b* c");
        assertThat(RichText.of("a \\*b\\* c").hasEmphasis()).isFalse();
    }

    @Test
    void is_normalised_to_nfc_and_rejects_blank() {
        String decomposed = "Ho\u0300a";
        assertThat(RichText.of(decomposed).markup()).isEqualTo("Hòa");
        assertThatThrownBy(() -> RichText.of("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
