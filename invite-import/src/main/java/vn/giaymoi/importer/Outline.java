package vn.giaymoi.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Marker;

/**
 * Dàn ý của nội dung (the outline of the body as read): which paragraph opens the body, and how the points nest.
 *
 * <p>Nesting comes from indentation when the source shows it (a text file, Word list levels); otherwise from the
 * order in which marker styles first appear, the way a reader sees it: a style not yet open starts a sub-list of
 * the point above, a style already open closes the lists below it. An unmarked paragraph belongs to a heading
 * above it ({@code Báo cáo viên}, {@code Kinh phí:}) and otherwise stands at the top level.
 */
record Outline(InvitationImporter.Item opening, List<Node> roots) {
    /** A point and its sub-points. */
    record Node(InvitationImporter.Item item, List<Node> children) {}

    private static final Pattern[] MARKERS = {
        Pattern.compile("^-\\s*([a-zđ])\\)\\s*(.+)$"),
        // a marker typed without its space ("5.1.Kinh phí", "II.THÀNH PHẦN") still ends at its dot
        Pattern.compile("^([IVXL]{1,5})\\.(?:\\s+|(?=\\p{Lu}))(.+)$"),
        Pattern.compile("^(\\d{1,2}\\.\\d{1,2})(?:\\.?\\s+|\\.(?=\\p{Lu}))(.+)$"),
        Pattern.compile("^(\\d{1,2})\\.\\s*(\\D.*)$"),
        Pattern.compile("^(\\d{1,2})\\)\\s+(.+)$"),
        Pattern.compile("^([a-zđ])\\)\\s*(.+)$"),
        Pattern.compile("^([a-zđ])\\.\\s+(.+)$"),
        Pattern.compile("^[-–—]\\s*(.+)$"),
        Pattern.compile("^[•●▪◦]\\s*(.+)$"),
        Pattern.compile("^\\+\\s*(.+)$"),
        Pattern.compile("^\\*\\)\\s*(.+)$"),
        Pattern.compile("^\\*\\s+([^*\\s].*)$"),
    };

    /**
     * The marker at the start of {@code text}: {sample, the rest[, a note when the marker was normalised]}, or null.
     * A Word list's own marker ({@code listSample}) wins: the text then has none typed.
     */
    static String[] markerOf(String text, String listSample) {
        if (listSample != null && !listSample.isEmpty()) return new String[] {listSample, text};
        for (int i = 0; i < MARKERS.length; i++) {
            Matcher m = MARKERS[i].matcher(text);
            if (!m.matches()) continue;
            return switch (i) {
                case 0 -> new String[] {"- a)", m.group(2)};
                case 1 -> new String[] {"I.", m.group(2)};
                case 2 -> new String[] {"1.1.", m.group(2)};
                case 3 -> new String[] {"1.", m.group(2)};
                case 4 -> new String[] {"1.", m.group(2), "số thứ tự \"" + m.group(1) + ")\" được đổi thành \""
                        + m.group(1) + ".\" (khoản đánh số 1., 2., …, PL I mục II.6.đ)"};
                case 5 -> new String[] {"a)", m.group(2)};
                case 6 -> new String[] {"a)", m.group(2), "điểm \"" + m.group(1) + ".\" được đổi thành \"" + m.group(1)
                        + ")\" (điểm đánh a), b), c), …, PL I mục II.6.đ)"};
                case 7 -> new String[] {"-", m.group(1)};
                case 8 -> new String[] {"-", m.group(1), "dấu chấm tròn đầu dòng được đổi thành gạch đầu dòng \"-\""};
                case 9 -> new String[] {"+", m.group(1)};
                case 10 -> new String[] {"*)", m.group(1)};
                default -> new String[] {"*", m.group(1)};
            };
        }
        return null;
    }

    /**
     * With {@code announces}, a first paragraph that ends in a colon over khoản is the opening ("…cụ thể như sau:"
     * then "1. Thời gian"): a giấy mời, thông báo or công điện says why before its points, while a công văn's body is
     * all content.
     */
    static Outline build(List<InvitationImporter.Item> items, boolean indentMayTell, boolean announces) {
        List<InvitationImporter.Item> rest = new ArrayList<>(items);
        boolean byIndent = indentMayTell && rest.stream().allMatch(i -> i.indent() >= 0)
                && rest.stream().mapToInt(InvitationImporter.Item::indent).distinct().count() > 1;
        InvitationImporter.Item opening = null;
        // the opening prints like an unmarked first paragraph; it is the opening when it says why (it cites a
        // document, or begins "Căn cứ", "Thực hiện", …), else a point ("Sở Nội vụ trân trọng kính mời:")
        if (!rest.isEmpty() && rest.get(0).marker().isEmpty() && opens(rest, announces)) {
            InvitationImporter.Item first = rest.get(0);
            InvitationImporter.Item next = rest.size() > 1 ? rest.get(1) : null;
            boolean childFollows = byIndent && next != null && next.indent() > first.indent();
            if (!childFollows) {
                opening = first;
                rest.remove(0);
            }
        }
        // a text file whose lines are all flush left says that nothing is nested under an unmarked heading
        boolean flush = indentMayTell && rest.stream().allMatch(i -> i.indent() == 0);
        return new Outline(opening, byIndent ? byIndent(rest) : byStyle(rest, flush));
    }

    /**
     * The outline a source names (giaymoi's own DOCX): the opening is the paragraph {@code opening} (0 for none), and
     * the points nest by the level their style gives.
     */
    static Outline named(List<InvitationImporter.Item> items, int opening) {
        List<InvitationImporter.Item> rest = new ArrayList<>(items);
        InvitationImporter.Item first = null;
        if (!rest.isEmpty() && opening > 0 && rest.get(0).paragraph() == opening) first = rest.remove(0);
        return new Outline(first, byIndent(rest));
    }

    /** The words a Công điện opens with before its recipients: {@code CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:}. */
    static final Pattern CABLES = Pattern.compile("(?i)\\bđiện\\s*:\\s*$");
    private static final Pattern INVITES = Pattern.compile("(?i)\\bkính\\s+mời\\s*:\\s*$");

    /**
     * The first paragraph opens when it says why, when it cables (Công điện), when it invites and khoản follow
     * ({@code Ban Tuyên giáo Tỉnh ủy trân trọng kính mời:} then {@code 1. Thành phần …}; over a dashed list it is a
     * point with its sub-points: {@code Sở Nội vụ trân trọng kính mời:} then {@code - Đại diện …}), or when any list
     * follows it in a kind that announces. Over plain paragraphs only, it opens when it cites or invites.
     */
    private static boolean opens(List<InvitationImporter.Item> rest, boolean announces) {
        String text = rest.get(0).text();
        boolean listed = rest.stream().skip(1).anyMatch(i -> !i.marker().isEmpty());
        if (CABLES.matcher(text).find()) return true;
        // a body of plain paragraphs is all content in a công văn, and opens elsewhere only on a citation ("Căn cứ",
        // "Thực hiện Công văn số …"), not on a purpose ("Để góp phần …", "Theo kế hoạch, …")
        if (!listed) return announces && Basis.cites(text) || INVITES.matcher(text).find() && rest.size() > 1;
        if (Basis.opens(text)) return true;
        Marker next = rest.size() > 1 ? rest.get(1).style() : null;
        if (INVITES.matcher(text).find()) return next == Marker.NUMBER || next == Marker.ROMAN || next == Marker.NONE;
        // a giấy mời, thông báo or công điện: a sentence over a list is its opening, the list its content ("…như
        // sau:" then "a)", "-" or "*"); a công văn's body is all content
        return announces && next != null && next != Marker.NONE;
    }

    private static List<Node> byIndent(List<InvitationImporter.Item> items) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (InvitationImporter.Item item : items) {
            Node node = new Node(item, new ArrayList<>());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).item().indent() >= item.indent()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children()).add(node);
            stack.add(node);
        }
        return roots;
    }

    private static List<Node> byStyle(List<InvitationImporter.Item> items, boolean flush) {
        List<Node> roots = new ArrayList<>();
        // open levels: the styles seen at each depth and the last node there
        List<List<Marker>> styles = new ArrayList<>();
        List<Node> last = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            InvitationImporter.Item item = items.get(k);
            Node node = new Node(item, new ArrayList<>());
            Marker style = item.style();
            int depth;
            if (style == Marker.NONE) {
                depth = unmarkedDepth(styles, last, k + 1 < items.size() ? items.get(k + 1).style() : null, flush);
            } else {
                depth = levelOf(styles, style);
                if (depth < 0) depth = last.size(); // a new style: a sub-list of the point above
                // …but khoản and mục (1., I.) are never sub-points of an unmarked paragraph ("…cụ thể như sau:")
                while (depth > 0 && (style == Marker.NUMBER || style == Marker.ROMAN)
                        && last.get(depth - 1).item().marker().isEmpty()) {
                    depth--;
                }
            }
            while (styles.size() > depth + 1) {
                styles.remove(styles.size() - 1);
                last.remove(last.size() - 1);
            }
            if (styles.size() == depth) {
                styles.add(new ArrayList<>());
                last.add(null);
            }
            if (!styles.get(depth).contains(style)) styles.get(depth).add(style);
            (depth == 0 ? roots : last.get(depth - 1).children()).add(node);
            last.set(depth, node);
        }
        return roots;
    }

    private static int levelOf(List<List<Marker>> styles, Marker style) {
        for (int d = styles.size() - 1; d >= 0; d--) if (styles.get(d).contains(style)) return d;
        return -1;
    }

    /**
     * An unmarked paragraph goes under a heading just above it ({@code Báo cáo viên}, {@code Kinh phí:}); inside a
     * list that goes on after it (a note between {@code 1.} and {@code 2.}); else at the top level.
     */
    private static int unmarkedDepth(List<List<Marker>> styles, List<Node> last, Marker next, boolean flush) {
        if (last.isEmpty()) return 0;
        Node above = last.get(last.size() - 1);
        // "Báo cáo viên", "Kinh phí:" head what follows; "Địa điểm: Khách sạn Đệ Nhất" without its full stop does not
        String text = above.item().text();
        boolean heading = above.children().isEmpty() && !above.item().marker().isEmpty()
                && (text.endsWith(":") || !flush && !text.matches("(?s).*[.;!?)]$") && !text.matches("(?s)[^:]*:\\s*\\S.*"));
        if (heading) return last.size();
        if (next != null && next != Marker.NONE) {
            int level = levelOf(styles, next);
            if (level >= 0 && last.get(level) != null && !last.get(level).item().marker().isEmpty()) return level + 1;
        }
        return 0;
    }
}
