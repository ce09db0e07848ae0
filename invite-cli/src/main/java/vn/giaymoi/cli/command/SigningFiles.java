package vn.giaymoi.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.sign.cert.TrustAnchors;

/** Tệp của lệnh ký và kiểm tra (the files sign and verify read): a missing or unreadable one exits 3 with its name. */
final class SigningFiles {
    private SigningFiles() {}

    static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserError(ExitCodes.UNREADABLE, file + ": không đọc được " + what
                    + (Files.exists(file) ? "" : " (không có tệp này)") + ".");
        }
    }

    /** The roots of the --trust files. */
    static TrustAnchors trustAnchors(List<Path> files) {
        try {
            return TrustAnchors.fromFiles(files);
        } catch (TrustAnchors.UnreadableCertificate e) {
            throw new UserError(ExitCodes.UNREADABLE, "--trust " + e.getMessage());
        }
    }
}
