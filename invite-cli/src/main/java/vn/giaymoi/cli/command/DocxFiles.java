package vn.giaymoi.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.importer.DocumentImport;
import vn.giaymoi.importer.source.UnreadableDocument;

/** Tệp Word (the DOCX side of check and fix): which arguments are Word files, and reading one as a user error. */
final class DocxFiles {
    private DocxFiles() {}

    /** True when every path is a Word or old Word file: check and fix then work on the document as it is. */
    static boolean all(List<Path> paths) {
        return !paths.isEmpty() && paths.stream().allMatch(p -> {
            String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".docx") || n.endsWith(".doc");
        });
    }

    /** Imports {@code file}; an unreadable file is exit 3 with its Vietnamese message, never a stack trace. */
    static DocumentImport.Imported read(CliContext context, Path file) {
        try {
            return new DocumentImport(context.format()).read(file);
        } catch (UnreadableDocument e) {
            throw new UserError(ExitCodes.UNREADABLE, e.getMessage(), e);
        }
    }
}
