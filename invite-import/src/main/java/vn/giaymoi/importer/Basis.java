package vn.giaymoi.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.format.dto.OpeningDto;

/**
 * Văn bản căn cứ (the documents an opening cites): {@code Công văn số 5325/BNV-CCHC ngày 24/10/2021 của Bộ Nội
 * vụ}, its type, number, date and issuer.
 */
final class Basis {
    private Basis() {}

    private static final String TYPES = "Công điện|Công văn|Quyết định|Kế hoạch|Thông báo|Chỉ thị|Nghị quyết|Thông tư"
            + "|Nghị định|Luật|Tờ trình|Báo cáo|Giấy mời|Hướng dẫn|Văn bản|Chương trình|Kết luận|Đề án";
    private static final Pattern CITED = Pattern.compile("(?<![\\p{L}])((?i:" + TYPES + "))\\s+số\\s+([0-9]+[/-][\\p{L}0-9Đđ/-]+)"
            + "\\s+ngày\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+của\\s+(.+?)(?=\\s+về\\s|\\s+v/v|\\s+V/v|[,;:(]|\\.\\s|\\.$|$))?");
    /** The date first: {@code Ngày 25/6/2021, Ủy ban nhân dân thành phố có Thông báo số 243/TB-UBND …}. */
    private static final Pattern DATED_FIRST = Pattern.compile("(?<![\\p{L}])[Nn]gày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4}),\\s+"
            + "(\\p{Lu}[^,;()]{2,120}?)\\s+(?:có|đã có|ban hành|đã ban hành)\\s+((?i:" + TYPES + "))\\s+số\\s+"
            + "([0-9]+[/-][\\p{L}0-9Đđ/-]+)");
    private static final Pattern OPENS = Pattern.compile(
            "^(Căn cứ|Thực hiện|Theo|Xét|Tiếp theo|Nhằm|Để|Triển khai|Được sự|Thừa lệnh|Thừa ủy quyền)\\b.*");

    /** True when {@code text} reads like the opening of the body (it cites, or it says why). */
    static boolean opens(String text) {
        return OPENS.matcher(text).matches() || CITED.matcher(text).find() || DATED_FIRST.matcher(text).find();
    }

    private static final Pattern CITES = Pattern.compile("^(Căn cứ|Thực hiện|Tiếp theo)\\b.*");

    /** True when {@code text} cites a document, or opens as a citation does ({@code Căn cứ}, {@code Thực hiện}). */
    static boolean cites(String text) {
        return CITES.matcher(text).matches() || CITED.matcher(text).find() || DATED_FIRST.matcher(text).find();
    }

    private static final Pattern ISSUER_BEFORE = Pattern.compile(
            "(?:của\\s+|^|[;,.]\\s*)(\\p{Lu}[^,;()]*?)\\s+(?:có|tại|ban hành)\\s+$");

    /** The issuer named before the citation: {@code Học viện … có văn bản số …}, {@code của Thường trực Tỉnh ủy tại văn bản …}. */
    private static String before(String prefix) {
        Matcher m = ISSUER_BEFORE.matcher(prefix);
        return m.find() ? m.group(1).strip() : null;
    }

    static OpeningDto opening(String text) {
        // each citation by where it stands, so both ways of writing one keep the text's order
        java.util.TreeMap<Integer, OpeningDto.Basis> basis = new java.util.TreeMap<>();
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(3)));
                String issuer = m.group(6) == null ? before(text.substring(0, m.start())) : m.group(6).strip();
                basis.put(m.start(), new OpeningDto.Basis(m.group(1), m.group(2), date, issuer));
            } catch (DateTimeException e) {
                // not a date: the citation stays in the text only
            }
        }
        Matcher d = DATED_FIRST.matcher(text);
        while (d.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(1)));
                basis.put(d.start(5), new OpeningDto.Basis(d.group(5), d.group(6), date, d.group(4).strip()));
            } catch (DateTimeException e) {
                // not a date: the citation stays in the text only
            }
        }
        return new OpeningDto(text, basis.isEmpty() ? null : List.copyOf(basis.values()));
    }
}
