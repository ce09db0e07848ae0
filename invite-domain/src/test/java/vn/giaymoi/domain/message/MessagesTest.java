package vn.giaymoi.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;

/**
 * Every rule id and every error code has its texts in Vietnamese and in English, and the two catalogues hold the
 * same keys. A failure names each missing key and the file it is missing from, so it can be filled in directly.
 */
class MessagesTest {
    private static final List<Locale> SHIPPED = List.of(Messages.VI, Messages.EN);

    private static String file(Locale l) {
        return "invite-domain/src/main/resources/giaymoi-messages/messages_" + l.getLanguage() + ".properties";
    }

    @Test
    void every_rule_id_and_error_code_has_a_vietnamese_and_an_english_message() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : RuleEngine.standard().rules()) {
            for (Locale l : SHIPPED) {
                if (!Messages.has(l, rule.id() + ".title")) {
                    missing.add(file(l) + ": " + rule.id() + ".title=" + rule.title());
                }
            }
        }
        for (ErrorCode code : ErrorCode.values()) {
            for (Locale l : SHIPPED) {
                if (!Messages.has(l, code.key())) missing.add(file(l) + ": " + code.key());
            }
        }
        assertThat(missing).as("keys missing from the messages files (add them, then rerun)").isEmpty();
    }

    @Test
    void vietnamese_and_english_hold_the_same_keys_and_every_pattern_is_well_formed() {
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(Messages.keys(Messages.VI));
        all.addAll(Messages.keys(Messages.EN));
        for (String key : all) {
            for (Locale l : SHIPPED) {
                if (!Messages.has(l, key)) {
                    problems.add(file(l) + ": missing " + key);
                    continue;
                }
                try {
                    Messages.text(l, key); // formats the pattern: a malformed one throws
                } catch (IllegalArgumentException e) {
                    problems.add(file(l) + ": " + key + " is not a MessageFormat pattern: " + e.getMessage());
                }
            }
        }
        // a rule's message keys belong to a rule of the product (a renamed rule must take its texts along)
        Set<String> ids = new TreeSet<>();
        RuleEngine.standard().rules().forEach(r -> ids.add(r.id()));
        for (String key : all) {
            if (key.startsWith("error.")) continue;
            String id = key.replaceFirst("\\.(title|message)(\\.\\d+)?$", "");
            if (!ids.contains(id)) problems.add(key + " belongs to no rule of RuleEngine.standard()");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_domain_constructor_refuses_with_a_code_the_field_the_value_and_a_message_in_both_languages() {
        assertThatThrownBy(() -> new DocumentNumber("5a", "GM-UBND"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NUMBER_SEQUENCE);
                    assertThat(e.field()).isEqualTo("number.sequence");
                    assertThat(e.rejectedValue()).isEqualTo("5a");
                    assertThat(e.getMessage()).isEqualTo(
                            "số văn bản '5a' phải là chữ số (tối đa 11), hoặc để trống khi là dự thảo");
                    assertThat(e.message(Messages.EN)).isEqualTo("the number '5a' must be digits (at most 11), or blank in a draft");
                });
        assertThatThrownBy(() -> new DateLine("Hà Tĩnh", "31", "02", 2026))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATE_NOT_IN_CALENDAR);
                    assertThat(e.getMessage()).isEqualTo("ngày 31 tháng 02 năm 2026 không có trong lịch");
                    assertThat(e.message(Messages.EN)).isEqualTo("day 31 of month 02 of 2026 is not in the calendar");
                });
    }

    @Test
    void a_number_is_filled_in_as_written_not_grouped_by_the_locale() {
        assertThat(MessageRef.of(ErrorCode.YEAR_RANGE.key(), 12345).in(Messages.VI))
                .isEqualTo("năm ban hành không hợp lệ: 12345");
    }

    @Test
    void a_language_without_a_catalogue_falls_back_to_vietnamese() {
        assertThat(Messages.text(Locale.FRENCH, ErrorCode.PLACE_BLANK.key()))
                .isEqualTo("Địa danh không được để trống");
    }
}
