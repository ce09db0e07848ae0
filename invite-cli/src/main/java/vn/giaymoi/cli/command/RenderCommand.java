package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.giaymoi.cli.batch.Batch;
import vn.giaymoi.cli.batch.InputFiles;
import vn.giaymoi.cli.batch.InputFiles.Input;
import vn.giaymoi.cli.batch.ProgressBar;
import vn.giaymoi.cli.batch.WorkAhead;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.render.Format;

/**
 * {@code giaymoi render}: dựng giấy mời ra tệp. Writes {@code DIR/<name>.<format>} for each input; a file found in
 * a folder keeps its place below that folder ({@code DIR/sub/<name>.<format>}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Dựng giấy mời ra các định dạng: DIR/<tên tệp>.<định dạng>.",
                "Thư mục được duyệt đệ quy tìm .yaml, .yml, .json (giữ thư mục con trong DIR); các tệp được dựng"
                        + " song song; một tệp hỏng được báo lỗi, các tệp khác vẫn được dựng."},
        footerHeading = "%n",
        footer = "Nhiều tệp: mã thoát là mã nặng nhất trong các tệp (3 > 1 > 0); một tệp hỏng không dừng các tệp khác.")
public final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Tệp giấy mời (.yaml, .yml, .json) hoặc thư mục.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, split = ",", defaultValue = "txt", paramLabel = "FORMAT",
            converter = Converters.FormatConverter.class, completionCandidates = Converters.FormatNames.class,
            description = "Định dạng, ngăn bằng dấu phẩy: ${COMPLETION-CANDIDATES} (mặc định: ${DEFAULT-VALUE}).")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Thư mục ghi kết quả.")
    Path out;

    @Mixin
    BatchOptions batch;

    private final CliContext context;

    public RenderCommand(CliContext context) {
        this.context = context;
    }

    /** Why a folder could not be made, in words (the JDK's message is often only the path). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "không có quyền ghi";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "đã có một tệp (không phải thư mục) cùng tên";
        if (e instanceof java.nio.file.NoSuchFileException) return "không tạo được thư mục ở đường dẫn này";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage();
    }

    /** What happened to one input: lines for the output and error streams, and its exit code. */
    record Report(List<String> out, List<String> err, int exitCode) {}

    @Override
    public Integer call() {
        List<Input> inputs = InputFiles.invitations(paths);
        try {
            Files.createDirectories(out);
        } catch (IOException e) { // not a wrong command line: the disk refused, so exit 1 with the reason
            throw new UserError(ExitCodes.FAILED, "không tạo được thư mục kết quả " + out + ": " + reason(e), e);
        }
        Map<Path, Input> owners = owners(inputs);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, inputs.size(), batch.progress(context));
        // the asked formats' renderers (a single PDF's fonts: a sixth of its work), built while the first file is read
        WorkAhead.start("giaymoi-prepare-renderers", () -> formats.forEach(context.renderer()::prepare));
        List<Report> reports = Batch.run(inputs, batch.jobs, bar, input -> render(input, owners),
                (input, e) -> new Report(List.of(), List.of(input.file() + ": lỗi khi dựng ("
                        + e.getClass().getSimpleName() + "): " + e.getMessage()), ExitCodes.FAILED));
        int exit = ExitCodes.OK;
        for (Report r : reports) {
            r.out().forEach(stdout::println);
            r.err().forEach(err::println);
            exit = ExitCodes.worst(exit, r.exitCode());
        }
        stdout.flush();
        err.flush();
        return exit;
    }

    private Report render(Input input, Map<Path, Input> owners) {
        Parsed parsed = context.format().read(input.file());
        if (parsed instanceof Parsed.Failed failed) {
            return new Report(List.of(), failed.problems().stream().map(InputProblem::display).toList(), ExitCodes.UNREADABLE);
        }
        Invitation invitation = ((Parsed.Ok) parsed).invitation();
        List<String> written = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Format f : formats) {
            Path target = target(input, f);
            Input owner = owners.get(target);
            if (owner != input) {
                failures.add(input.file() + ": trùng tên kết quả " + target + " với " + owner.file() + "; đổi tên một tệp");
                continue;
            }
            byte[] bytes;
            try {
                bytes = context.renderer().render(invitation, f).bytes();
            } catch (IllegalArgumentException | UncheckedIOException e) { // e.g. a calendar for a meeting without a time
                failures.add(input.file() + ": không dựng được " + f.extension() + ": " + e.getMessage());
                continue;
            }
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.write(target, bytes);
                written.add("Đã ghi " + target);
            } catch (IOException e) {
                failures.add(target + ": không ghi được: " + e.getMessage());
            }
        }
        return new Report(written, failures, failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED);
    }

    private Path target(Input input, Format f) {
        return out.resolve(input.stem() + "." + f.extension()).normalize();
    }

    /** Which input owns each output path: the first one to name it, so later namesakes fail instead of overwriting. */
    private Map<Path, Input> owners(List<Input> inputs) {
        Map<Path, Input> owners = new HashMap<>();
        for (Input input : inputs) {
            for (Format f : formats) owners.putIfAbsent(target(input, f), input);
        }
        return owners;
    }
}
