package vn.giaymoi.render.layout;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.text.RichText;

/**
 * Places an invitation in the boxes of ND30 PL I §IV (Mẫu 1.7 for a giấy mời, 1.5 for a công văn, 1.4 for a thông
 * báo, 1.6 for a công điện), or of an organisation's format: the Party's (HD 36-HD/VPTW mục II.1), the Youth
 * Union's (HD 29-HD/TWĐTN-VP).
 */
public final class LayoutBuilder {
    private LayoutBuilder() {}

    /** Size of the place-date line (PL I §II.4: 13–14 pt) and of the header names (13 pt). */
    private static final int DATE_POINTS = 14;
    private static final int DATE_POINTS_COMPACT = 13;

    public static PageLayout of(Invitation inv) {
        DocumentFormat format = inv.format();
        String typeName = inv.kind().typeName().orElse(null);
        List<PageLayout.Mark> marks = new ArrayList<>();
        if (inv.confidentiality() != null) marks.add(new PageLayout.Mark(inv.confidentiality().label(), false));
        if (inv.urgency() != null) marks.add(new PageLayout.Mark(inv.urgency().label(), true));

        List<PageLayout.Block> content = new ArrayList<>();
        if (inv.opening() != null) content.add(PageLayout.Block.opening(inv.opening().text()));
        boolean telegram = inv.kind() == InvitationKind.CONG_DIEN;
        if (telegram) {
            // Mẫu 1.6: the recipients follow the sender's "… điện:" line, one per line, not under "Kính gửi:"
            inv.addressees().entries().forEach(a -> content.add(new PageLayout.Block("-", a, 0, true)));
        }
        Outline outline = inv.outline();
        outline.forEach(e -> content.add(new PageLayout.Block(e.label(), e.text(), e.depth(), true,
                e.point().fact(Programme.class).map(LayoutBuilder::table).orElse(null))));

        String sequence = inv.number().isDraft() ? "     " : inv.number().sequence();
        // State: "Số: 05/GM-UBND" (PL I §II.3); Party: "Số 27-GM/BTGTU" (HD 36-HD/VPTW mục II.1.3); Youth Union:
        // "Số: 15-GM/TĐTN-VP" (HD 29-HD/TWĐTN-VP)
        String number = format.numberLabel(inv.number()) + sequence + (inv.number().partyStyle() ? "-" : "/")
                + inv.number().symbol();
        String title = inv.kind().label() + " " + inv.number() + ": " + inv.subject().plain();
        String dateLine = inv.dateLine().printed();
        int datePoints = TextWidth.twips(dateLine, DATE_POINTS, false) > PageLayout.HEAD_RIGHT_TWIPS
                ? DATE_POINTS_COMPACT : DATE_POINTS;
        return new PageLayout(
                marks,
                inv.issuer().parent(),
                inv.issuer().nameLines(),
                number,
                typeName == null ? inv.subject() : null,
                format.organisation() ? format.heading() : PageLayout.NATIONAL_TITLE,
                format.organisation() ? null : PageLayout.MOTTO,
                dateLine,
                typeName,
                typeName == null ? null : inv.subject(),
                telegram ? List.of() : inv.addressees().entries(),
                content,
                inv.distribution().entries(),
                inv.signature().printedLines(),
                inv.signature().signer(),
                title,
                inv.issuer().fullName(),
                format.issuerMark(),
                inv.footer(),
                datePoints);
    }

    /** A programme as the table programmes are printed in: time, activity, and who leads it when any is named. */
    static PageLayout.Table table(Programme p) {
        boolean leads = p.namesLeads();
        List<String> header = leads ? List.of("Thời gian", "Nội dung", "Thực hiện") : List.of("Thời gian", "Nội dung");
        List<List<String>> rows = p.slots().stream().map(s -> leads
                ? List.of(s.printedTime(), s.activity(), s.by() == null ? "" : s.by())
                : List.of(s.printedTime(), s.activity())).toList();
        return new PageLayout.Table(header, rows);
    }

    /**
     * {@code line} broken where it fits a header column of {@code width} twips at {@code points}: unchanged when it
     * fits, else into lines of balanced width, as offices break a long name ({@code TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG} /
     * {@code THÀNH PHỐ HỒ CHÍ MINH}) rather than leaving one word alone on the last line.
     */
    public static List<String> fit(String line, int width, double points, boolean bold) {
        if (TextWidth.twips(line, points, bold) <= width) return List.of(line);
        String[] words = line.strip().split("\\s+");
        if (words.length < 2) return List.of(line);
        int best = 1;
        int bestWidth = Integer.MAX_VALUE;
        for (int k = 1; k < words.length; k++) {
            int w = Math.max(TextWidth.twips(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)), points, bold),
                    TextWidth.twips(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)), points, bold));
            if (w < bestWidth) {
                bestWidth = w;
                best = k;
            }
        }
        List<String> out = new ArrayList<>(fit(String.join(" ", java.util.Arrays.copyOfRange(words, 0, best)), width, points, bold));
        out.addAll(fit(String.join(" ", java.util.Arrays.copyOfRange(words, best, words.length)), width, points, bold));
        return List.copyOf(out);
    }

    /** The plain text of a rich text, for formats without emphasis. */
    public static String plain(RichText text) {
        return text == null ? "" : text.plain();
    }
}
