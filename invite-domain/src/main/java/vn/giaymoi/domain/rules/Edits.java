package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.FieldPath;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.text.RichText;

/**
 * Sửa văn bản (edits used by fixes): copy an invitation with one part changed, addressed by the same field paths
 * the findings report ({@code body[2].points[0]}, {@code distribution[3]}).
 */
final class Edits {
    private Edits() {}

    /** The wording of a point as markup: its own text, else its fact's default wording. */
    static String markup(Point p) {
        return p.text() != null ? p.text().markup() : p.fact().defaultWording();
    }

    /** A copy of {@code p} worded {@code markup}. */
    static Point reworded(Point p, String markup) {
        return new Point(p.marker(), RichText.of(markup), p.fact(), p.points());
    }

    /** A copy of {@code inv} with the point at {@code path} ({@code body[2].points[0]}) changed. */
    static Invitation point(Invitation inv, FieldPath path, UnaryOperator<Point> change) {
        List<Integer> indices = path.indices();
        if (!path.root().equals("body") || indices.isEmpty()) throw new IllegalArgumentException("không phải đường dẫn mục: " + path);
        return inv.withBody(replace(inv.body(), indices, 0, change));
    }

    private static List<Point> replace(List<Point> points, List<Integer> indices, int depth, UnaryOperator<Point> change) {
        List<Point> copy = new ArrayList<>(points);
        int i = indices.get(depth);
        Point p = copy.get(i);
        copy.set(i, depth == indices.size() - 1 ? change.apply(p)
                : new Point(p.marker(), p.text(), p.fact(), replace(p.points(), indices, depth + 1, change)));
        return copy;
    }

    /**
     * A copy with one Nơi nhận entry changed: the entry at {@code index} if it is still the one the finding saw
     * ({@code original}, compared without its dash and final punctuation), else the first entry that is — so fixes
     * that reorder or re-punctuate the list can be applied in any order.
     */
    static Invitation distributionEntry(Invitation inv, int index, String original, UnaryOperator<String> change) {
        List<RichText> entries = changed(inv.distribution().entries(), index, original, change);
        return entries == null ? inv : inv.withDistribution(inv.distribution().withEntries(entries));
    }

    /** A copy with one Kính gửi entry changed, found as in {@link #distributionEntry}. */
    static Invitation addresseeEntry(Invitation inv, int index, String original, UnaryOperator<String> change) {
        List<RichText> entries = changed(inv.addressees().entries(), index, original, change);
        return entries == null ? inv : inv.withAddressees(new Addressees(entries));
    }

    private static List<RichText> changed(List<RichText> entries, int index, String original, UnaryOperator<String> change) {
        String key = entryKey(original);
        int at = index < entries.size() && entryKey(entries.get(index).markup()).equals(key) ? index : -1;
        for (int i = 0; at < 0 && i < entries.size(); i++) {
            if (entryKey(entries.get(i).markup()).equals(key)) at = i;
        }
        if (at < 0) return null;
        List<RichText> copy = new ArrayList<>(entries);
        copy.set(at, RichText.of(change.apply(entries.get(at).markup())));
        return copy;
    }

    private static String entryKey(String markup) {
        return RichText.of(markup).plain().strip().replaceFirst("^[-–—+•]\\s*", "").replaceAll("[;.,:\\s]+$", "");
    }

    /** A copy with another signing block. */
    static Invitation signature(Invitation inv, SigningAuthority signature) {
        return new Invitation(inv.kind(), inv.issuer(), inv.number(), inv.dateLine(), inv.subject(), inv.urgency(),
                inv.confidentiality(), inv.addressees(), inv.opening(), inv.body(), inv.form(), inv.distribution(),
                signature, inv.format(), inv.onBehalfOf(), inv.footer());
    }

    /** A copy with another issuer. */
    static Invitation issuer(Invitation inv, Issuer issuer) {
        return new Invitation(inv.kind(), issuer, inv.number(), inv.dateLine(), inv.subject(), inv.urgency(),
                inv.confidentiality(), inv.addressees(), inv.opening(), inv.body(), inv.form(), inv.distribution(),
                inv.signature(), inv.format(), inv.onBehalfOf(), inv.footer());
    }

    /**
     * {@code markup} ending in {@code mark} instead of its current final punctuation ({@code ;}, {@code .},
     * {@code ,}), keeping a closing emphasis marker last: {@code **Lưu: VT**;} stays bold.
     */
    static String endingWith(String markup, String mark) {
        String s = markup.stripTrailing();
        String closers = "";
        Matcher m = Pattern.compile("(\\*+)$").matcher(s);
        if (m.find() && !s.endsWith("\\*")) {
            closers = m.group(1);
            s = s.substring(0, m.start());
        }
        s = s.replaceAll("[;.,:]+$", "").stripTrailing();
        return s + closers + mark;
    }

    /** Escapes emphasis markers so {@code plain} is read back as plain text. */
    static String literal(String plain) {
        return plain.replace("*", "\\*");
    }
}
