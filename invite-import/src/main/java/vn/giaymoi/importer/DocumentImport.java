package vn.giaymoi.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.importer.format.DocxFormatRules;
import vn.giaymoi.importer.format.FormatFinding;
import vn.giaymoi.importer.source.DocxSource;
import vn.giaymoi.importer.source.PdfSource;
import vn.giaymoi.importer.source.SourceDocument;
import vn.giaymoi.importer.source.TextSource;
import vn.giaymoi.importer.source.UnreadableDocument;

/**
 * Nhập một tệp (importing one file): picks the reader by the file's kind, imports it, writes the draft as YAML and
 * reads that back as an invitation when it is complete; a DOCX is also checked against the format rules of PL I.
 * The entry point the command line and the web use. Thread-safe.
 */
public final class DocumentImport {
    /** Largest file of any kind accepted, checked before a byte is read. */
    public static final long MAX_BYTES = DocxSource.MAX_BYTES;

    private final InvitationFormat format;
    private final InvitationImporter importer = new InvitationImporter();

    public DocumentImport(InvitationFormat format) {
        this.format = format;
    }

    /**
     * One imported file.
     *
     * @param result the draft and the import report
     * @param yaml the draft as YAML, to save or to open in the editor
     * @param parsed the draft read back: an invitation when complete, else what is missing
     * @param formatFindings the PL I format findings on the DOCX itself (empty for text and PDF)
     */
    public record Imported(ImportResult result, String yaml, Parsed parsed, List<FormatFinding> formatFindings) {
        public Imported {
            formatFindings = List.copyOf(formatFindings);
        }
    }

    /** Reads {@code file}; its size is checked before it is read. */
    public Imported read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE, name + ": tệp quá lớn ("
                        + size / (1024 * 1024) + " MiB); giấy mời được nhận tối đa " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return read(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.DAMAGED, name + ": không tìm thấy tệp", e);
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.DAMAGED, name + ": không đọc được tệp: " + e.getMessage(), e);
        }
    }

    /** Reads {@code bytes} named {@code name} (the extension says the kind). */
    public Imported read(byte[] bytes, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            DocxFormatRules.Checked checked = DocxFormatRules.read(bytes, name);
            return finish(checked.source(), checked.findings());
        }
        if (lower.endsWith(".txt")) return finish(TextSource.read(bytes, name), List.of());
        if (lower.endsWith(".pdf")) return finish(PdfSource.read(bytes, name), List.of());
        if (lower.endsWith(".doc")) {
            DocxSource.open(bytes, name); // says "old binary Word" (or what the file really is)
        }
        throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED, name + ": chỉ nhập được tệp .docx, .txt"
                + " hoặc .pdf");
    }

    private Imported finish(SourceDocument source, List<FormatFinding> findings) {
        ImportResult result = importer.read(source);
        String yaml = format.write(result.draft(), Syntax.YAML);
        return new Imported(result, yaml, format.read(yaml, Syntax.YAML, source.name()), findings);
    }
}
