package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Danh sách quy tắc (the product's rules), grouped by concept in the order of the ND30 checklist (docs/decree-reference.md):
 * number, date, header, content, meeting logic, signature, recipients, 2025 reforms; then the meeting regime of
 * QĐ 45/2018, the wording of the text, and place names against the administrative-unit registry; the Party's
 * format and programmes; and the guards that apply only before issuing.
 */
final class StandardRules {
    private StandardRules() {}

    static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(NumberRules.all());
        all.addAll(DateRules.all());
        all.addAll(HeaderRules.all());
        all.addAll(ContentRules.all());
        all.addAll(MeetingRules.all());
        all.addAll(SignatureRules.all());
        all.addAll(RecipientRules.all());
        all.addAll(ReformRules.all());
        all.addAll(IssuingGuards.all());
        all.addAll(FormatRules.all());
        all.addAll(ProgrammeRules.all());
        all.addAll(MeetingRegimeRules.all());
        all.addAll(TextRules.all());
        all.addAll(PlaceRules.all());
        return List.copyOf(all);
    }
}
