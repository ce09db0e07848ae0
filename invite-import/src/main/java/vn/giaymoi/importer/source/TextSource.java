package vn.giaymoi.importer.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.text.Texts;

/** Bản chữ (a .txt source): UTF-8 lines; leading spaces (a tab counts four) give the indentation. */
public final class TextSource {
    /** Largest text accepted: an invitation is a few kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private TextSource() {}

    public static SourceDocument read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                    name + ": tệp chữ quá lớn; một giấy mời chỉ vài chục KB (tối đa 2 MiB)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.DAMAGED,
                    name + ": tệp chữ không phải bảng mã UTF-8; hãy lưu lại với bảng mã UTF-8 (Unicode)", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED,
                    name + ": đây không phải tệp chữ (có byte nhị phân); hãy dùng tệp .txt, .docx hoặc .pdf");
        }
        return of(text, name, SourceDocument.Kind.TXT);
    }

    /** Lines of plain text; {@code kind} says where the text came from. */
    static SourceDocument of(String text, String name, SourceDocument.Kind kind) {
        String nfc = Texts.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (String raw : nfc.split("\\R", -1)) {
            n++;
            String line = raw.replace('\u00A0', ' ').stripTrailing();
            int width = 0;
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                width += line.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            lines.add(new Line(n, List.of(line.substring(i)), List.of(false), line.isBlank() ? -1 : width, "", false));
        }
        return new SourceDocument(name, kind, lines);
    }
}
