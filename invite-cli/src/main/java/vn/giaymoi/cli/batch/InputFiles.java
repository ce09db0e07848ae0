package vn.giaymoi.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.format.ProfileFormat;

/**
 * Tệp đầu vào (the inputs of a batch): files as given, and folders searched recursively for {@code .yaml},
 * {@code .yml} and {@code .json} (skipping hidden ones), in name order so that output is the same on every run.
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * One input.
     *
     * @param file the file to read
     * @param relative where its results go under an output folder: the file name for a file argument, the path
     *     below the folder for a file found in a folder argument
     */
    public record Input(Path file, Path relative) {
        /** {@code relative} without its extension, for naming outputs. */
        public Path stem() {
            String name = relative.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path bare = Path.of(dot > 0 ? name.substring(0, dot) : name);
            return relative.getParent() == null ? bare : relative.getParent().resolve(bare);
        }
    }

    /**
     * Expands {@code arguments}. A missing path stays an input so that reading it reports "không tìm thấy tệp";
     * a folder without invitation files is a user error (exit 3).
     */
    public static List<Input> expand(List<Path> arguments) {
        List<Input> out = new ArrayList<>();
        for (Path arg : arguments) {
            if (!Files.isDirectory(arg)) {
                out.add(new Input(arg, arg.getFileName() == null ? arg : arg.getFileName()));
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(arg)) {
                found = walk.filter(Files::isRegularFile).filter(InputFiles::isInvitationFile)
                        .filter(f -> !hidden(arg.relativize(f))).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new UserError(ExitCodes.UNREADABLE, arg + ": không đọc được thư mục: " + e.getMessage(), e);
            }
            if (found.isEmpty()) {
                throw new UserError(ExitCodes.UNREADABLE, arg + ": thư mục không có tệp .yaml, .yml hoặc .json nào");
            }
            found.forEach(f -> out.add(new Input(f, arg.relativize(f))));
        }
        return out;
    }

    /**
     * Like {@link #expand}, without the organisation profiles ({@code kind: ho-so-co-quan}) found in folders, for a
     * command that works on invitations only; a profile named as a file stays, so that reading it says what it is.
     */
    public static List<Input> invitations(List<Path> arguments) {
        return expand(arguments).stream().filter(i -> arguments.contains(i.file()) || !ProfileFormat.isProfile(i.file())).toList();
    }

    /** True below a folder or file whose name starts with a dot ({@code .git}, an editor's {@code .x.yaml}). */
    static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    static boolean isInvitationFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
