package vn.giaymoi.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.text.Texts;
import vn.giaymoi.domain.text.VietnameseCalendar;
import vn.giaymoi.format.dto.DateDto;
import vn.giaymoi.format.dto.InvitationDto;
import vn.giaymoi.format.dto.IssuerDto;
import vn.giaymoi.format.dto.OpeningDto;
import vn.giaymoi.format.dto.PointDto;
import vn.giaymoi.format.dto.SignatureDto;
import vn.giaymoi.importer.ImportNote.Level;
import vn.giaymoi.importer.source.Line;
import vn.giaymoi.importer.source.OpeningWords;
import vn.giaymoi.importer.source.SourceDocument;

/**
 * Nhập giấy mời (the importer): turns the lines of a Word, text or PDF invitation into a draft in the input format,
 * deterministically. The header's two columns give the issuer, number, place and date; the title gives the kind
 * and trích yếu; then Kính gửi, the opening and its cited documents, the numbered points (marker style and
 * nesting), their typed facts, Nơi nhận and the signature. What it cannot type stays as the author's text and is
 * listed in the report with its paragraph. Stateless and thread-safe.
 */
public final class InvitationImporter {
    static final Pattern NATIONAL_TITLE = Pattern.compile("(?i)^CỘNG\\s+HÒA\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM$");
    /** The Party's heading in place of Quốc hiệu and Tiêu ngữ (HD 36-HD/VPTW mục II.1.1). */
    static final Pattern PARTY_HEADING = Pattern.compile("(?i)^ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM$");
    /** The Youth Union's heading (HD 29-HD/TWĐTN-VP), written short or in full. */
    static final Pattern YOUTH_UNION_HEADING = Pattern.compile(
            "(?i)^ĐOÀN\\s+(?:TNCS|THANH\\s+NIÊN\\s+CỘNG\\s+SẢN)\\s+HỒ\\s+CHÍ\\s+MINH$");
    static final Pattern MOTTO = Pattern.compile("(?i)^Độc\\s+lập\\s*[-–—]\\s*Tự\\s+do\\s*[-–—]\\s*Hạnh\\s+phúc$");
    static final Pattern DATE_LINE = Pattern.compile(
            "^(.+?),\\s*ngày\\s*(\\d{1,2})?[\\s.…_]*tháng\\s*(\\d{1,2})?[\\s.…_]*năm\\s*(\\d{4})\\.?$");
    static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(.*)$");
    static final Pattern RULE = Pattern.compile("^[\\s_\\-–—=─]{3,}$");
    /** Ô 5a type names of the kinds with one: GIẤY MỜI (Mẫu 1.7), THÔNG BÁO (Mẫu 1.4), CÔNG ĐIỆN (Mẫu 1.6). */
    static final Pattern TYPE_NAME = Pattern.compile("(?i)^(GIẤY|THÔNG|CÔNG)\\s+(MỜI|BÁO|ĐIỆN)$");
    static final Pattern ADDRESSEES = Pattern.compile("^Kính\\s+gửi\\s*:?\\s*(.*)$");
    /** A Party Công văn's number, kind before the slash: {@code 1822-CV/BTGTU} (draft {@code -CV/BTGTU}). */
    static final Pattern PARTY_LETTER = Pattern.compile("^\\d*-CV/\\S+$");
    static final Pattern DISTRIBUTION = Pattern.compile("^(?:\\*\\*)?(?:\\*)?Nơi\\s+nhận\\s*:?(?:\\*)?(?:\\*\\*)?\\s*(.*)$");
    static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*\\S.*");
    static final Pattern SIGNED_NOTE = Pattern.compile("(?i)^[(\\[].*(ký|đóng dấu|signed).*[)\\]]$");
    /** Ô 13 under the signature: the address, telephone, fax, e-mail, website (PL I mục III.4). */
    static final Pattern FOOTER = Pattern.compile("(?i)^(Địa chỉ|Điện thoại|ĐT|Fax|Thư điện tử|E-?mail|Website|Trang thông tin)\\b");
    private static final Pattern COLUMNS = Pattern.compile("\\t+| {3,}");
    private static final List<String> MARKS = List.of("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "TUYỆT MẬT", "TỐI MẬT", "MẬT");
    private static final List<String> MARK_CODES = List.of("hoa-toc", "thuong-khan", "khan", "tuyet-mat", "toi-mat", "mat");

    /** Imports {@code source}. */
    public ImportResult read(SourceDocument source) {
        return new Run(source).run();
    }

    /** One import: the cursor over the lines and what has been found so far. */
    private static final class Run {
        private final SourceDocument source;
        private final List<Line> lines;
        private final List<ImportNote> notes = new ArrayList<>();
        private int at;

        private String urgency;
        private String confidentiality;
        private final List<Cell> issuerLines = new ArrayList<>();
        private String number;
        private int numberParagraph;
        private String place;
        private DateDto date;
        private final StringBuilder shortSubject = new StringBuilder();
        private String kind;
        private String subject;
        /** The organisation's format its heading names ({@code dang}, {@code doan}), or {@code null} for the State's. */
        private String format;

        Run(SourceDocument source) {
            this.source = source;
            this.lines = source.lines().stream().map(Run::clean).toList();
        }

        private static Line clean(Line l) {
            List<String> cols = l.columns().stream()
                    .map(c -> Texts.nfc(c).replace('\u00A0', ' ').replace('\u200B', ' ').stripTrailing()).toList();
            return new Line(l.paragraph(), cols, l.bold(), l.indent(), l.listSample(), l.continues());
        }

        ImportResult run() {
            header();
            title();
            List<String> addressees = addressees();
            int closing = closingStart();
            List<Item> items = new ArrayList<>(bodyItems(at, closing));
            if ("cong-dien".equals(kind) && addressees.isEmpty()) recipients(items, addressees);
            Outline outline = source.outlined() ? Outline.named(items, source.opening())
                    : Outline.build(items, source.kind() != SourceDocument.Kind.DOCX, !"cong-van".equals(kind));
            OpeningDto opening = null;
            if (outline.opening() != null) opening = Basis.opening(outline.opening().text());
            AdministrativeLevel level = level();
            List<Outline.Node> roots = outline.roots();
            List<PointDto> body = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) {
                body.add(point(roots.get(i), "body[" + i + "]", List.of(), level));
            }
            body = Programmes.endSessions(body);
            body = Presenters.fromHeading(body);
            Closing close = closing(closing);
            String province = province();
            IssuerDto issuer = issuer(level, province);
            if (kind == null) kind = "giay-moi";
            String form = form(opening, body);
            InvitationDto dto = new InvitationDto(kind, issuer, number, place, date, subject, urgency, confidentiality,
                    form, addressees.isEmpty() ? null : addressees, opening, body.isEmpty() ? null : body,
                    close.distribution.isEmpty() ? null : close.distribution, close.signature,
                    format, null, close.footer.isEmpty() ? null : close.footer);
            missing(dto);
            notes.sort(java.util.Comparator.comparingInt(ImportNote::paragraph));
            return new ImportResult(dto, notes);
        }

        /**
         * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" is followed by the recipients, one dash line each (Mẫu 1.6); a Party
         * công điện starts with them under its trích yếu. They are taken off before the body is outlined, so that the
         * dashes of a list further down are not read as siblings of theirs.
         */
        private static void recipients(List<Item> items, List<String> addressees) {
            int k = !items.isEmpty() && Outline.CABLES.matcher(items.get(0).text()).find() ? 1 : 0;
            while (k < items.size() && items.get(k).style() == Marker.DASH
                    && (k + 1 >= items.size() || items.get(k + 1).indent() <= items.get(k).indent())) {
                addressees.add(entry(items.remove(k).text()));
            }
        }

        // ---------------------------------------------------------------- header (ô 1–4, ô 5b, ô 10)

        private record Cell(String text, boolean bold, int paragraph) {}

        private enum Side { LEFT, RIGHT, UNKNOWN }

        private void header() {
            boolean dateSeen = false;
            boolean inShortSubject = false;
            boolean blankAfterNumber = false;
            for (; at < lines.size(); at++) {
                Line line = lines.get(at);
                if (line.isBlank()) {
                    if (number != null) blankAfterNumber = true;
                    if (inShortSubject && line.columns().size() == 1) inShortSubject = false;
                    continue;
                }
                List<String> parts = parts(line);
                String first = parts.get(0);
                boolean single = parts.size() == 1 && line.columns().size() == 1;
                if (single && TYPE_NAME.matcher(first).matches() || ADDRESSEES.matcher(first.strip()).matches()) return;
                // a Party Công văn's trích yếu follows its number, without "V/v"
                boolean vv = plain(first).matches("(?i)^V/v\\b.*")
                        || number != null && PARTY_LETTER.matcher(number).matches() && shortSubject.length() == 0;
                if (dateSeen && number != null && single && !inShortSubject && !vv && !headerish(first)) return;
                if (dateSeen && number != null && blankAfterNumber && single && !vv && !headerish(first)) return;
                for (int c = 0; c < parts.size(); c++) {
                    String text = plain(parts.get(c));
                    if (text.isEmpty()) continue;
                    Side side = parts.size() == 1 ? Side.UNKNOWN : c == 0 ? Side.LEFT : Side.RIGHT;
                    if (line.columns().size() > 1) side = columnSide(line, parts.get(c));
                    boolean bold = boldOf(line, parts.get(c)) || markedBold(parts.get(c));
                    if (PARTY_HEADING.matcher(text).matches()) {
                        format = "dang";
                        continue;
                    }
                    if (YOUTH_UNION_HEADING.matcher(text).matches()) {
                        format = "doan";
                        continue;
                    }
                    if (RULE.matcher(text).matches() || NATIONAL_TITLE.matcher(text).matches()
                            || MOTTO.matcher(text).matches()) {
                        continue;
                    }
                    Matcher d = DATE_LINE.matcher(text);
                    if (d.matches()) {
                        dateLine(d, line.paragraph());
                        dateSeen = true;
                        continue;
                    }
                    int mark = MARKS.indexOf(text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
                    if (mark >= 0) {
                        if (mark < 3) urgency = MARK_CODES.get(mark);
                        else confidentiality = MARK_CODES.get(mark);
                        continue;
                    }
                    if (side == Side.RIGHT) {
                        note(line.paragraph(), text, "", Level.UNRECOGNISED, "dòng ở cột phải phần đầu không phải Quốc"
                                + " hiệu, Tiêu ngữ hay địa danh, ngày tháng (PL I, mục II.1 và II.4); chưa đưa vào bản nháp");
                        continue;
                    }
                    Matcher n = NUMBER.matcher(text);
                    if (n.matches() && number == null && (text.contains("/") || text.matches("Số\\s*:.*"))) {
                        number = n.group(1).replaceAll("\\s+", "");
                        numberParagraph = line.paragraph();
                        inShortSubject = false;
                        continue;
                    }
                    if (text.matches("(?i)^V/v\\b.*|^Về việc\\b.*")) {
                        shortSubject.append(text);
                        inShortSubject = true;
                        continue;
                    }
                    if (inShortSubject) {
                        shortSubject.append(' ').append(text);
                        continue;
                    }
                    if (number == null) {
                        issuerLines.add(new Cell(text, bold, line.paragraph()));
                    } else if (PARTY_LETTER.matcher(number).matches() && shortSubject.length() == 0 && side != Side.RIGHT) {
                        // a Party Công văn prints its trích yếu under the number, without "V/v" (HD 36-HD/VPTW)
                        shortSubject.append(text);
                        inShortSubject = true;
                    } else {
                        note(line.paragraph(), text, "", Level.UNRECOGNISED,
                                "dòng dưới số, ký hiệu không nhận ra; chưa đưa vào bản nháp");
                    }
                }
            }
        }

        /** Emphasis does not belong in the header and the signature, whose look the format sets. */
        private static String plain(String text) {
            return text.replace("*", "").strip();
        }

        private static boolean markedBold(String part) {
            String t = part.strip();
            return t.startsWith("**") && t.endsWith("**") && t.length() > 4;
        }

        /** True for what may still follow in the header: a rule, the motto, a mark. */
        private static boolean headerish(String text) {
            String t = text.strip();
            return RULE.matcher(t).matches() || NATIONAL_TITLE.matcher(t).matches() || MOTTO.matcher(t).matches()
                    || PARTY_HEADING.matcher(t).matches() || YOUTH_UNION_HEADING.matcher(t).matches() || DATE_LINE.matcher(t).matches() || MARKS.contains(t.toUpperCase(Locale.ROOT));
        }

        private static Side columnSide(Line line, String part) {
            int idx = line.columns().indexOf(part);
            if (idx < 0) return Side.UNKNOWN;
            return idx == 0 ? Side.LEFT : Side.RIGHT;
        }

        private static boolean boldOf(Line line, String part) {
            int idx = line.columns().indexOf(part);
            if (idx >= 0) return line.bold().get(idx);
            return line.bold().get(0);
        }

        /**
         * A line's columns: table cells, or the parts a typist separated with tabs or runs of spaces. Runs of spaces
         * inside a number or date line left blank for a draft ({@code Số:      /GM-UBND}) do not split it.
         */
        private static List<String> parts(Line line) {
            return parts(line, false);
        }

        /** With {@code indentIsRight}, a line pushed right by tabs alone ({@code \t\tNguyễn Văn A}) is a right column. */
        private static List<String> parts(Line line, boolean indentIsRight) {
            if (indentIsRight && line.columns().size() == 1 && line.columns().get(0).matches("^(\\t| {3,}).*\\S.*")) {
                List<String> out = new ArrayList<>();
                out.add("");
                out.addAll(parts(line, false));
                return out;
            }
            if (line.columns().size() > 1) {
                List<String> out = new ArrayList<>();
                for (String c : line.columns()) if (!c.isBlank()) out.add(c);
                return out.isEmpty() ? List.of("") : out;
            }
            String text = line.columns().get(0).strip();
            List<String> out = new ArrayList<>();
            for (String tabbed : text.split("\t+")) {
                List<String> pieces = new ArrayList<>();
                for (String p : tabbed.split(" {3,}")) if (!p.isBlank()) pieces.add(p.strip());
                for (int i = 0; i < pieces.size(); i++) {
                    int take = 1;
                    for (int j = Math.min(pieces.size(), i + 4); j > i + 1; j--) {
                        String merged = String.join(" ", pieces.subList(i, j)).replace("*", "");
                        // the place and "ngày" stand in one piece: a rule or a header line to its left is no place
                        boolean date = DATE_LINE.matcher(merged).matches() && !merged.matches("^Số\\b.*")
                                && pieces.get(i).matches(".*,\\s*ngày\\b.*");
                        if (date || merged.matches("^Số\\s*:?\\s*\\S*/\\S+$")) {
                            take = j - i;
                            break;
                        }
                    }
                    out.add(String.join(" ", pieces.subList(i, i + take)));
                    i += take - 1;
                }
            }
            return out.isEmpty() ? List.of("") : out;
        }

        private void dateLine(Matcher d, int paragraph) {
            place = d.group(1).strip();
            String day = d.group(2) == null ? "" : d.group(2);
            String month = d.group(3) == null ? "" : d.group(3);
            int year = Integer.parseInt(d.group(4));
            if (!day.isEmpty() && !month.isEmpty()) {
                try {
                    LocalDate iso = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
                    if (VietnameseCalendar.day(iso.getDayOfMonth()).equals(day)
                            && VietnameseCalendar.month(iso.getMonthValue()).equals(month)) {
                        date = DateDto.ofIso(iso.toString());
                        return;
                    }
                } catch (java.time.DateTimeException e) {
                    note(paragraph, d.group(), "date", Level.UNCERTAIN, "ngày ban hành không có trong lịch");
                }
            }
            date = DateDto.of(day, month, year);
        }

        // ---------------------------------------------------------------- title (ô 5a), Kính gửi (ô 9a)

        private void title() {
            skipBlank();
            if (at < lines.size() && TYPE_NAME.matcher(lines.get(at).text().strip()).matches()) {
                String typeName = lines.get(at).text().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                kind = java.util.Arrays.stream(InvitationKind.values())
                        .filter(k -> k.typeName().filter(typeName::equals).isPresent())
                        .map(InvitationKind::code).findFirst().orElse("giay-moi");
                at++;
                StringBuilder s = new StringBuilder();
                Boolean bold = null;
                for (; at < lines.size(); at++) {
                    Line l = lines.get(at);
                    String t = l.text().strip().replace('\t', ' ');
                    if (l.isBlank() || RULE.matcher(t).matches()) {
                        if (s.length() > 0) break;
                        continue;
                    }
                    if (s.length() > 0 && (bold != null && bold != l.bold().get(0) || ADDRESSEES.matcher(t).matches()
                            || Outline.markerOf(t, l.listSample()) != null || Basis.opens(t))) {
                        break;
                    }
                    if (bold == null) bold = l.bold().get(0);
                    s.append(s.length() == 0 ? "" : " ").append(t.replaceAll("\\s+", " "));
                }
                subject = s.length() == 0 ? null : unbold(s.toString());
                skipBlank();
            } else if (shortSubject.length() > 0) {
                kind = "cong-van";
                subject = shortSubject.toString().replaceAll("\\s+", " ");
            } else if (at < lines.size()) {
                note(lines.get(at).paragraph(), lines.get(at).text(), "kind", Level.UNCERTAIN, "không thấy tên loại"
                        + " \"GIẤY MỜI\" hay trích yếu \"V/v …\" của công văn; bản nháp ghi là giấy mời");
            }
            if (kind != null && kind.equals("giay-moi") && shortSubject.length() > 0) {
                note(numberParagraph, shortSubject.toString(), "subject", Level.UNCERTAIN, "giấy mời có cả \"V/v\" dưới"
                        + " số và trích yếu dưới tên loại; bản nháp giữ trích yếu dưới tên loại (Mẫu 1.7)");
            }
        }

        /** The whole trích yếu is bold by its style; markup for that would only be noise. */
        private static String unbold(String s) {
            String t = s.strip();
            return t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2
                    ? t.substring(2, t.length() - 2) : t;
        }

        private void skipBlank() {
            while (at < lines.size() && (lines.get(at).isBlank() || RULE.matcher(lines.get(at).text().strip()).matches())) {
                at++;
            }
        }

        private List<String> addressees() {
            List<String> out = new ArrayList<>();
            skipBlank();
            if (at >= lines.size()) return out;
            List<String> parts = parts(lines.get(at));
            Matcher k = ADDRESSEES.matcher(parts.get(0).strip());
            if (!k.matches()) return out;
            String rest = (k.group(1) + " " + String.join(" ", parts.subList(1, parts.size()))).strip();
            at++;
            if (!rest.isEmpty()) out.add(entry(rest));
            boolean dashed = rest.startsWith("-") || rest.isEmpty();
            for (; at < lines.size(); at++) {
                Line l = lines.get(at);
                if (l.isBlank()) {
                    if (!out.isEmpty()) break;
                    continue;
                }
                String t = String.join(" ", parts(l)).strip();
                boolean dash = t.matches("^[-–+•]\\s*.*");
                boolean inTable = l.columns().size() > 1;
                boolean afterSemicolon = !out.isEmpty() && out.get(out.size() - 1).endsWith(";");
                // an entry broken over two lines by its author: the second line has no dash, the first no ending
                boolean runsOn = !out.isEmpty() && !dash && !out.get(out.size() - 1).matches("(?s).*[;.:,]$")
                        && t.length() < 150 && Outline.markerOf(t, l.listSample()) == null && !Basis.opens(t);
                if (runsOn) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + entry(t));
                    continue;
                }
                if (dash && (dashed || inTable) || inTable && !t.isEmpty() || afterSemicolon && !dash && t.length() < 150
                        && Outline.markerOf(t, l.listSample()) == null && !Basis.opens(t)) {
                    out.add(entry(t));
                } else {
                    break;
                }
            }
            return out;
        }

        private static String entry(String t) {
            String e = t.replaceFirst("^[-–+•]\\s*", "").replaceAll("\\s+", " ").strip();
            for (String mark : List.of("**", "*")) {
                if (e.startsWith(mark) && e.endsWith(mark) && e.length() > 2 * mark.length()
                        && !e.substring(mark.length(), e.length() - mark.length()).contains(mark)) {
                    e = e.substring(mark.length(), e.length() - mark.length());
                }
            }
            return e;
        }

        // ---------------------------------------------------------------- body (ô 6)

        private int closingStart() {
            for (int i = at; i < lines.size(); i++) {
                for (String p : parts(lines.get(i))) if (DISTRIBUTION.matcher(p.strip()).matches() && p.length() < 40) return i;
            }
            for (int i = lines.size() - 1; i >= at; i--) {
                String t = lines.get(i).text().strip();
                if (AUTHORITY.matcher(t).matches()) {
                    note(lines.get(i).paragraph(), t, "distribution", Level.UNRECOGNISED,
                            "không thấy \"Nơi nhận:\" (ô 9b); phần ký được đọc từ đây");
                    return i;
                }
            }
            return lines.size();
        }

        /** Paragraphs of the body: a soft break or a hard-wrapped line of a text file joins the paragraph above. */
        private List<Item> bodyItems(int from, int to) {
            List<Item> items = new ArrayList<>();
            boolean wraps = source.kind() == SourceDocument.Kind.PDF;
            for (int i = from; i < to; i++) {
                Line l = lines.get(i);
                if (l.isBlank()) continue;
                if (!items.isEmpty() && Programmes.isHeader(l)) {
                    // a programme's table under its point ("Chương trình:"): time, activity and who leads it
                    List<Line> rows = new ArrayList<>();
                    while (i + 1 < to && Programmes.slot(lines.get(i + 1)) != null) rows.add(lines.get(++i));
                    Item last = items.get(items.size() - 1);
                    items.set(items.size() - 1, last.with(Programmes.of(rows)));
                    continue;
                }
                String raw = l.text().replace('\t', ' ').replaceAll(" {2,}", " ").strip();
                if (raw.isEmpty() || source.kind() == SourceDocument.Kind.PDF && raw.matches("\\d{1,3}")) continue;
                String[] marker = Outline.markerOf(raw, l.listSample());
                Item last = items.isEmpty() ? null : items.get(items.size() - 1);
                boolean joins = last != null && marker == null
                        && (l.continues() || wraps && !last.text().matches("(?s).*[.:;!?]$"));
                if (joins) {
                    items.set(items.size() - 1, last.append(raw));
                    continue;
                }
                if (marker != null && marker.length > 2) {
                    note(l.paragraph(), raw, "", Level.UNCERTAIN, marker[2]);
                }
                items.add(new Item(l.paragraph(), marker == null ? "" : marker[0], marker == null ? raw : marker[1],
                        l.indent()));
            }
            return items;
        }

        private PointDto point(Outline.Node node, String path, List<String> headings, AdministrativeLevel level) {
            String text = node.item().text();
            String template = Spans.escapeBraces(text);
            PointDto fact = null;
            var typed = Facts.recognise(text, new Facts.Context(headings, level, issued(), documentText()));
            if (typed.isPresent()) {
                template = typed.get().template();
                fact = typed.get().fact();
                if (typed.get().doubt() != null) {
                    note(node.item().paragraph(), text, path, Level.UNCERTAIN, typed.get().doubt());
                }
            } else if (Facts.mentionsTime(text) && text.toLowerCase(Locale.ROOT).matches("^(thời gian|buổi).*")) {
                note(node.item().paragraph(), text, path, Level.UNRECOGNISED, "có ngày, giờ nhưng không tách được buổi"
                        + " họp (ngày và giờ bắt đầu); giữ nguyên lời văn, hãy thêm session nếu cần lịch họp");
            } else if (text.toLowerCase(Locale.ROOT).matches("^địa điểm\\s*:.+")) {
                note(node.item().paragraph(), text, path, Level.UNRECOGNISED, "không tách được tên địa điểm; giữ nguyên lời văn");
            }
            List<String> inner = new ArrayList<>();
            inner.add(text.toLowerCase(Locale.ROOT));
            inner.addAll(headings);
            List<PointDto> children = new ArrayList<>();
            for (int i = 0; i < node.children().size(); i++) {
                children.add(point(node.children().get(i), path + ".points[" + i + "]", inner, level));
            }
            String marker = node.item().marker().isEmpty() ? null : node.item().marker();
            PointDto.Task task = fact == null ? null : fact.task();
            if (task != null && (task.coordinating() == null || task.coordinating().isEmpty()) && text.endsWith(":")) {
                // "Sở Nội vụ:" then its duties: the units it works with are named in one of them
                for (Outline.Node child : node.children()) {
                    List<String> with = Facts.coordinatingIn(child.item().text());
                    if (!with.isEmpty()) {
                        task = new PointDto.Task(task.lead(), with, task.deliverable(), task.deadlines());
                        break;
                    }
                }
            }
            children = deliverableOfHeading(text, children);
            PointDto.Session session = fact == null ? null : fact.session();
            if (session != null && session.start() == null) session = hoursOfSlots(session, node);
            if (session != null && session.arriveEarlyMinutes() == null) session = arriveEarly(session, node);
            return new PointDto(marker, template,
                    session, fact == null ? null : fact.venue(),
                    fact == null ? null : fact.group(), fact == null ? null : fact.invitee(),
                    fact == null ? null : fact.agenda(), task,
                    children.isEmpty() ? null : children, node.item().programme(),
                    fact == null ? null : fact.requirement());
        }

        /**
         * {@code Các đơn vị chuẩn bị tham luận, …:} over one unit's topic a line ({@code Sở Nội vụ: Một số giải
         * pháp …}): what each unit listed under it delivers is the heading's.
         */
        private static final Pattern HEADING_DELIVERS = Pattern.compile("^(?:Các|Những) (?:đơn vị|cơ quan|địa phương|sở"
                + "|ngành|phòng|khoa)[^:]{0,80}? chuẩn bị (\\p{Ll}[^,;:(){}]{2,80}?)(?=[,;(]| để | về | theo |:$).*:$");

        private static List<PointDto> deliverableOfHeading(String heading, List<PointDto> children) {
            Matcher m = HEADING_DELIVERS.matcher(heading.replace("*", ""));
            if (!m.matches()) return children;
            return children.stream().map(c -> c.task() == null || c.task().deliverable() != null ? c
                    : new PointDto(c.marker(), c.text(), c.session(), c.venue(), c.group(), c.invitee(), c.agenda(),
                            new PointDto.Task(c.task().lead(), c.task().coordinating(), m.group(1), c.task().deadlines()),
                            c.points(), c.programme(), c.requirement())).toList();
        }

        /** {@code Từ 7h30’ đến 7h40’: Kiểm tra quân số …}: a slot of the session written as its sub-point. */
        private static final Pattern SLOT_LINE = Pattern.compile("(?i)^(?:từ )?\\S{1,12} (?:đến|-|–) \\S{1,12}\\s*:.*");

        /**
         * A session that gives its day and length but no clock time ({@code Đại hội tiến hành ½ ngày, ngày 18/6/2020})
         * over sub-points that are its slots, each from one time to another: it starts with the first and ends with
         * the last.
         */
        private static PointDto.Session hoursOfSlots(PointDto.Session s, Outline.Node node) {
            List<Outline.Node> slots = node.children();
            if (slots.size() < 2 || s.end() != null) return s;
            List<java.time.LocalTime> bounds = new ArrayList<>();
            for (Outline.Node c : slots) {
                String t = c.item().text();
                var times = Spans.times(t);
                if (!SLOT_LINE.matcher(t).matches() || times.size() < 2 || times.get(1).end() > t.indexOf(':')) return s;
                if (!bounds.isEmpty() && times.get(0).value().isBefore(bounds.get(bounds.size() - 1))) return s;
                bounds.add(times.get(0).value());
                bounds.add(times.get(1).value());
            }
            return new PointDto.Session(s.date(), bounds.get(0), bounds.get(bounds.size() - 1), s.duration(),
                    s.arriveEarlyMinutes(), s.endDate(), s.partOfDay());
        }

        private String documentText;

        /** The whole document's text, where a unit listed by its bare kind is named in full elsewhere. */
        private String documentText() {
            if (documentText == null) {
                documentText = String.join("\n", lines.stream().map(Line::text).toList());
            }
            return documentText;
        }

        /** The issue date as far as it is written (a draft's blank day is the 1st), or null without a year. */
        private LocalDate issued() {
            if (date == null) return null;
            if (date.iso() != null) return LocalDate.parse(date.iso());
            if (date.year() == null) return null;
            int month = date.month() == null || date.month().isBlank() ? 1 : Integer.parseInt(date.month());
            int day = date.day() == null || date.day().isBlank() ? 1 : Integer.parseInt(date.day());
            try {
                return LocalDate.of(date.year(), month, day);
            } catch (java.time.DateTimeException e) {
                return LocalDate.of(date.year(), 1, 1);
            }
        }

        /** {@code đến trước 10 phút}, {@code có mặt trước 15 phút}. */
        private static final Pattern ARRIVE_EARLY = Pattern.compile("(?:đến|có mặt) trước (\\d{1,3}) phút");

        /** {@code Đề nghị đại biểu đến trước 10 phút} written as a sub-point of the time. */
        private PointDto.Session arriveEarly(PointDto.Session s, Outline.Node node) {
            for (Outline.Node child : node.children()) {
                Matcher m = ARRIVE_EARLY.matcher(child.item().text());
                if (m.find() && Integer.parseInt(m.group(1)) <= 240) return early(s, Integer.parseInt(m.group(1)));
            }
            // said once for the whole meeting elsewhere: "… có mặt trước giờ khai mạc 15 phút để cập nhật hệ thống"
            Matcher m = OPENING_EARLY.matcher(documentText());
            if (m.find() && Integer.parseInt(m.group(1)) <= 240) return early(s, Integer.parseInt(m.group(1)));
            return s;
        }

        private static final Pattern OPENING_EARLY = Pattern.compile(
                "(?:đến|có mặt) trước giờ (?:khai mạc|họp|làm việc)\\s+(\\d{1,3}) phút");

        private static PointDto.Session early(PointDto.Session s, int minutes) {
            return new PointDto.Session(s.date(), s.start(), s.end(), s.duration(), minutes, s.endDate(), s.partOfDay());
        }

        // ---------------------------------------------------------------- closing (ô 9b, ô 7)

        private record Closing(List<String> distribution, SignatureDto signature, List<String> footer) {}

        private Closing closing(int from) {
            List<String> distribution = new ArrayList<>();
            List<Cell> right = new ArrayList<>();
            boolean inDistribution = false;
            boolean distributionDone = false;
            for (int i = from; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.isBlank()) {
                    if (inDistribution && l.columns().size() == 1 && !distribution.isEmpty()) distributionDone = true;
                    continue;
                }
                List<String> parts = parts(l, true);
                for (int c = 0; c < parts.size(); c++) {
                    String text = parts.get(c).strip();
                    if (text.isEmpty()) continue;
                    Side side = parts.size() == 1 ? Side.UNKNOWN : c == 0 ? Side.LEFT : Side.RIGHT;
                    if (l.columns().size() > 1) side = columnSide(l, parts.get(c));
                    Matcher h = DISTRIBUTION.matcher(plain(text));
                    if (h.matches() && !inDistribution) {
                        inDistribution = true;
                        if (!h.group(1).isBlank()) distribution.add(entry(h.group(1)));
                        continue;
                    }
                    boolean dash = text.matches("^[-–+•]\\s*.*");
                    if (side == Side.LEFT || side == Side.UNKNOWN && inDistribution && !distributionDone
                            && (dash || !upper(text) && !distribution.isEmpty() && !endsEntry(distribution))) {
                        if (dash || distribution.isEmpty()) distribution.add(entry(text));
                        else distribution.set(distribution.size() - 1,
                                distribution.get(distribution.size() - 1) + " " + text.strip());
                        continue;
                    }
                    right.add(new Cell(plain(text).replaceAll("\\s+", " "), boldOf(l, parts.get(c)), l.paragraph()));
                }
            }
            List<String> footer = new ArrayList<>();
            return new Closing(distribution, signature(right, footer), footer);
        }

        private static boolean endsEntry(List<String> d) {
            String last = d.get(d.size() - 1);
            return last.endsWith(";") || last.endsWith(".");
        }

        private static boolean upper(String t) {
            String letters = t.replaceAll("[^\\p{L}]", "");
            return !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT));
        }

        /** The signature block; the lines under the signer's name that give the address (ô 13) go to {@code footer}. */
        private SignatureDto signature(List<Cell> cells, List<String> footer) {
            List<String> upperLines = new ArrayList<>();
            String signer = null;
            for (Cell c : cells) {
                String t = c.text();
                if (SIGNED_NOTE.matcher(t).matches()) {
                    note(c.paragraph(), t, "signature", Level.UNRECOGNISED, "ghi chú về chữ ký, con dấu không thuộc bản"
                            + " nháp (ô 7c, 8 do người ký điền); đã bỏ qua");
                    continue;
                }
                if (upper(t) && signer == null) upperLines.add(t);
                else if (signer == null) signer = t.replace("**", "");
                else if (FOOTER.matcher(t).find() || !footer.isEmpty()) footer.add(t);
                else note(c.paragraph(), t, "signature", Level.UNRECOGNISED, "dòng sau tên người ký không nhận ra");
            }
            if (upperLines.isEmpty() && signer == null) return null;
            String title = null;
            List<String> authority = new ArrayList<>(upperLines);
            if (!authority.isEmpty() && !AUTHORITY.matcher(authority.get(authority.size() - 1)).matches()) {
                title = authority.remove(authority.size() - 1);
            }
            return new SignatureDto(authority.isEmpty() ? null : authority, title, signer);
        }

        // ---------------------------------------------------------------- issuer (ô 2), derived fields

        private IssuerDto issuer(AdministrativeLevel level, String province) {
            if (issuerLines.isEmpty()) return null;
            List<Cell> cells = issuerLines;
            String parent = null;
            List<String> name = new ArrayList<>();
            boolean anyBold = cells.stream().anyMatch(Cell::bold);
            boolean anyPlain = cells.stream().anyMatch(c -> !c.bold());
            if (anyBold && anyPlain && !cells.get(0).bold()) {
                StringBuilder p = new StringBuilder();
                for (Cell c : cells) {
                    if (!c.bold() && name.isEmpty()) p.append(p.length() == 0 ? "" : " ").append(c.text());
                    else name.add(c.text());
                }
                parent = p.toString();
            } else if (cells.size() >= 2 && !twoLineName(cells.get(0).text(), cells.get(1).text())) {
                parent = cells.get(0).text();
                cells.subList(1, cells.size()).forEach(c -> name.add(c.text()));
            } else {
                cells.forEach(c -> name.add(c.text()));
            }
            String abbreviation = abbreviation();
            return new IssuerDto(parent == null ? null : upperCase(parent), upperCase(String.join("\n", name)),
                    abbreviation, level == null ? null : level.code(), province);
        }

        private static String upperCase(String s) {
            return s.replace("**", "").toUpperCase(Locale.ROOT);
        }

        /**
         * {@code ỦY BAN NHÂN DÂN} over {@code TỈNH HÀ TĨNH} is one name on two lines, not a parent and a body; so is
         * {@code ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM} over {@code TỈNH BẾN TRE}.
         */
        private static boolean twoLineName(String first, String second) {
            String f = first.toUpperCase(Locale.ROOT).replace("**", "");
            String s = second.toUpperCase(Locale.ROOT).replace("**", "");
            // the second line names where the body is (TỈNH HÀ TĨNH, LÀNG HÀNH THIỆN; not a Party committee TỈNH ỦY …),
            // or the name runs on over a conjunction (… QUỐC HỘI / VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ)
            boolean unit = s.matches("^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|LÀNG|THÔN) (?!ỦY|UỶ).*");
            return unit || s.startsWith("VÀ ") || f.endsWith(" VÀ");
        }

        private String abbreviation() {
            if (number == null || !number.contains("/")) return null;
            String[] parts = number.substring(number.indexOf('/') + 1).split("-");
            // the Party's number carries the kind before the slash: 27-GM/BTGTU
            if (parts.length == 1) return parts[0].isEmpty() || parts[0].equals("GM") ? null : parts[0];
            // the kinds with a ký hiệu of their own put it first: 05/GM-UBND, 12/TB-UBND, 10/CĐ-UBND
            if (!"cong-van".equals(kind) || List.of("GM", "TB", "CĐ").contains(parts[0])) return parts[1];
            return parts[0].isEmpty() ? null : parts[0];
        }

        private AdministrativeLevel level() {
            List<String> scan = new ArrayList<>();
            issuerLines.forEach(c -> scan.add(c.text().toUpperCase(Locale.ROOT)));
            String all = String.join("\n", scan);
            if (all.matches("(?s).*(^|\\n|\\s)(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU) .*")) return AdministrativeLevel.COMMUNE;
            if (all.matches("(?s).*(^|\\n|\\s)(HUYỆN|QUẬN|THỊ XÃ) .*")) return AdministrativeLevel.DISTRICT;
            if (all.matches("(?s).*(^|\\n|\\s)(TỈNH|THÀNH PHỐ) .*")) return AdministrativeLevel.PROVINCE;
            if (all.matches("(?s).*(^|\\n)(BỘ|CHÍNH PHỦ|VĂN PHÒNG CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG).*")) {
                return AdministrativeLevel.CENTRAL;
            }
            return null;
        }

        /** The province an issuer's line names: {@code UBND TỈNH HÀ TĨNH}, {@code THÀNH ỦY …}. */
        private static final Pattern PROVINCE_LINE = Pattern.compile("(?:^|\\s)(?:(?:TỈNH|THÀNH PHỐ)(?: ỦY| UỶ)?|THÀNH (?:ỦY|UỶ)) (.+)$");

        private String province() {
            for (Cell c : issuerLines) {
                Matcher m = PROVINCE_LINE.matcher(c.text().toUpperCase(Locale.ROOT));
                if (m.find()) return titleCase(m.group(1).replace("**", "").strip());
            }
            // a commune or district names no province in its header: the place is the best guess only for a province
            return level() == AdministrativeLevel.PROVINCE ? place : null;
        }

        private static String titleCase(String upper) {
            StringBuilder b = new StringBuilder();
            for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
                if (w.isEmpty()) continue;
                if (b.length() > 0) b.append(' ');
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            return b.toString();
        }

        private String form(OpeningDto opening, List<PointDto> body) {
            StringBuilder all = new StringBuilder(subject == null ? "" : subject.toLowerCase(Locale.ROOT));
            if (opening != null) all.append(' ').append(opening.text().toLowerCase(Locale.ROOT));
            body.forEach(p -> collect(p, all));
            String t = all.toString();
            boolean online = t.contains("trực tuyến");
            boolean inPerson = t.contains("trực tiếp") && online && t.contains("kết hợp");
            if (inPerson) return "ket-hop";
            return online ? "truc-tuyen" : null;
        }

        private static void collect(PointDto p, StringBuilder all) {
            if (p.text() != null) all.append(' ').append(p.text().toLowerCase(Locale.ROOT));
            if (p.points() != null) p.points().forEach(c -> collect(c, all));
        }

        private void missing(InvitationDto d) {
            if (d.issuer() == null) note(0, "", "issuer", Level.UNRECOGNISED, "không thấy tên cơ quan ban hành (ô 2)");
            if (d.number() == null) note(0, "", "number", Level.UNRECOGNISED, "không thấy dòng \"Số: …/…\" (ô 3)");
            if (d.date() == null) note(0, "", "date", Level.UNRECOGNISED,
                    "không thấy dòng địa danh, ngày tháng năm (ô 4: \"Hà Tĩnh, ngày … tháng … năm …\")");
            if (d.subject() == null) note(0, "", "subject", Level.UNRECOGNISED, "không thấy trích yếu (ô 5)");
            if (d.distribution() == null) note(0, "", "distribution", Level.UNRECOGNISED, "không thấy Nơi nhận (ô 9b)");
            if (d.signature() == null || d.signature().signer() == null) {
                note(0, "", "signature", Level.UNRECOGNISED, "không thấy khối chữ ký (ô 7: quyền hạn, chức vụ, họ tên)");
            }
        }

        private void note(int paragraph, String text, String field, Level level, String message) {
            notes.add(new ImportNote(paragraph, OpeningWords.of(text), field, level, message));
        }
    }

    /** A body paragraph: its marker sample (empty for none), its text without the marker, and its indentation. */
    record Item(int paragraph, String marker, String text, int indent, PointDto.Programme programme) {
        Item(int paragraph, String marker, String text, int indent) {
            this(paragraph, marker, text, indent, null);
        }

        Item append(String more) {
            return new Item(paragraph, marker, text + " " + more, indent, programme);
        }

        Item with(PointDto.Programme table) {
            return new Item(paragraph, marker, text, indent, table);
        }

        Marker style() {
            return Marker.fromSample(marker);
        }
    }
}
