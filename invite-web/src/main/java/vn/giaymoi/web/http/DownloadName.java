package vn.giaymoi.web.http;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Tên tệp tải về (the download's file name) in a {@code Content-Disposition} header: an ASCII {@code filename} for
 * old clients and the Vietnamese name in {@code filename*=UTF-8''…} (RFC 6266, RFC 8187), which browsers prefer.
 */
final class DownloadName {
    private DownloadName() {}

    /** {@code attachment; filename="giay-moi-05-GM-UBND.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di%2005-GM-UBND.pdf}. */
    static String header(boolean attachment, Invitation inv, String extension) {
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii(inv) + "." + extension + "\""
                + "; filename*=UTF-8''" + encode(vietnamese(inv) + "." + extension);
    }

    /** {@code giay-moi-05-GM-UBND} or {@code giay-moi-du-thao-GM-UBND}: ASCII letters, digits and hyphens only. */
    static String ascii(Invitation inv) {
        String n = inv.number().isDraft() ? "du-thao" : inv.number().sequence();
        String raw = inv.kind().code() + "-" + n + "-" + inv.number().symbol();
        String folded = Normalizer.normalize(raw.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return trimHyphens(folded.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+", "-"));
    }

    /**
     * {@code Giấy mời 05-GM-UBND} or {@code Công văn dự thảo UBND-VP}: what a clerk would type, without the
     * characters a file system refuses ({@code / \ : * ? " < > |}) or controls.
     */
    static String vietnamese(Invitation inv) {
        String n = inv.number().isDraft() ? "dự thảo " + inv.number().symbol()
                : inv.number().sequence() + "-" + inv.number().symbol();
        String raw = inv.kind().label() + " " + n;
        String safe = raw.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", "-").replaceAll("\\s+", " ").strip();
        return Normalizer.normalize(trimHyphens(safe), Normalizer.Form.NFC);
    }

    /** Percent-encodes all but RFC 8187's attr-char. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return out.toString();
    }

    private static String trimHyphens(String s) {
        String t = s.replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "giay-moi" : t;
    }
}
