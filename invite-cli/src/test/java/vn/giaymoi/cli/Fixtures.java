package vn.giaymoi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;

/** Files for CLI tests, written with the real format from the domain fixtures. */
final class Fixtures {
    static final Path EXAMPLES = Path.of("..", "examples");
    private static final InvitationFormat FORMAT = new InvitationFormat();

    private Fixtures() {}

    static Path write(Path file, Invitation invitation) {
        return writeText(file, FORMAT.write(invitation, Syntax.of(file)));
    }

    static Path writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture giấy mời dated with an unpadded day (5 instead of 05): one certain fix. */
    static Invitation unpaddedDay() {
        Invitation g = Invitations.aGiayMoi();
        return g.withDateLine(new DateLine("Hà Tĩnh", "5", "5", 2026));
    }

    /**
     * {@code count} invitations in {@code folder}, each with its own subject and issue date; every
     * {@code everyBroken}-th has an unpadded day (an error). Returns how many have that error.
     */
    static int generate(Path folder, int count, int everyBroken) {
        int broken = 0;
        for (int i = 0; i < count; i++) {
            Invitation g = Invitations.aGiayMoi().withSubject(RichText.of("Dự họp triển khai công tác chuyển đổi số, đợt " + (i + 1)));
            LocalDate issued = LocalDate.of(2026, 1, 2).plusDays(i / 2);
            g = g.withDateLine(DateLine.of("Hà Tĩnh", issued));
            if (everyBroken > 0 && i % everyBroken == 0) {
                g = g.withDateLine(new DateLine("Hà Tĩnh", "7", "4", 2026));
                broken++;
            }
            write(folder.resolve(String.format("gm-%03d.yaml", i)), g);
        }
        return broken;
    }
}
