package vn.giaymoi.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.format.dto.PointDto;

/**
 * Báo cáo viên (who presents), said once under its own heading for the whole programme: {@code Báo cáo viên: Do Bộ
 * Nội vụ phân công.} The items of the agenda that name no presenter of their own are presented by that unit.
 */
final class Presenters {
    /** The heading, with the unit on its line or on its one sub-point. */
    private static final Pattern HEADING = Pattern.compile("(?i)^(?:báo cáo viên|giảng viên|người trình bày)\\s*:?\\s*(.*)$");
    /** {@code Do Bộ Nội vụ phân công.}, {@code Bộ Nội vụ cử}, or the unit alone. */
    private static final Pattern UNIT = Pattern.compile("^(?:[Dd]o )?(\\p{Lu}[^,;:(){}]{2,100}?)(?: (?:phân công|cử|đảm nhận|trình bày))?\\.?$");

    private Presenters() {}

    static List<PointDto> fromHeading(List<PointDto> body) {
        List<String> found = new ArrayList<>();
        for (PointDto p : body) {
            Matcher h = HEADING.matcher(p.text() == null ? "" : p.text().replace("*", "").strip());
            if (!h.matches()) continue;
            String said = !h.group(1).isEmpty() ? h.group(1)
                    : p.points() != null && p.points().size() == 1 ? p.points().get(0).text().replace("*", "").strip() : "";
            Matcher u = UNIT.matcher(said);
            if (u.matches() && !said.contains("{")) found.add(u.group(1));
        }
        if (found.size() != 1) return body;
        return body.stream().map(p -> withPresenter(p, found.get(0))).toList();
    }

    private static PointDto withPresenter(PointDto p, String presenter) {
        PointDto.Agenda a = p.agenda();
        if (a != null && a.presenter() == null) a = new PointDto.Agenda(a.topic(), presenter);
        List<PointDto> points = p.points() == null ? null : p.points().stream().map(c -> withPresenter(c, presenter)).toList();
        return new PointDto(p.marker(), p.text(), p.session(), p.venue(), p.group(), p.invitee(), a, p.task(), points,
                p.programme(), p.requirement());
    }
}
