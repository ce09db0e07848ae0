package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/** {@code giaymoi render}: dựng giấy mời ra tệp. Writes {@code DIR/<input name>.<format>} for each input. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Dựng giấy mời (YAML/JSON) ra các định dạng: DIR/<tên tệp>.<định dạng>.",
        exitCodeListHeading = "%nMã thoát:%n",
        exitCodeList = {"0:đã ghi mọi tệp", "1:một tệp không dựng được", "2:sai cú pháp lệnh",
                "3:không đọc được tệp đầu vào"})
public final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp giấy mời (.yaml, .yml, .json).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, split = ",", defaultValue = "txt",
            description = "Định dạng, ngăn bằng dấu phẩy (mặc định: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Thư mục ghi kết quả.")
    Path out;

    private final InvitationFormat format;
    private final InvitationRenderer renderer;

    public RenderCommand(InvitationFormat format, InvitationRenderer renderer) {
        this.format = format;
        this.renderer = renderer;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Format> chosen = new ArrayList<>();
        for (String f : formats) {
            try {
                chosen.add(Format.of(f));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Parsed parsed = format.read(file);
            if (parsed instanceof Parsed.Failed failed) {
                failed.problems().stream().map(InputProblem::display).forEach(err::println);
                exit = Math.max(exit, ExitCodes.UNREADABLE);
                continue;
            }
            var invitation = ((Parsed.Ok) parsed).invitation();
            for (Format f : chosen) {
                Path target = out.resolve(baseName(file) + "." + f.extension());
                byte[] bytes;
                try {
                    bytes = renderer.render(invitation, f).bytes();
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    err.println(file + ": không dựng được " + f.extension() + ": " + e.getMessage());
                    exit = Math.max(exit, ExitCodes.FAILED);
                    continue;
                }
                try {
                    Files.createDirectories(out);
                    Files.write(target, bytes);
                    spec.commandLine().getOut().println("Đã ghi " + target);
                } catch (IOException e) {
                    err.println(target + ": không ghi được: " + e.getMessage());
                    exit = Math.max(exit, ExitCodes.FAILED);
                }
            }
        }
        return exit;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
