package vn.giaymoi.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.text.FindingsText;
import vn.giaymoi.domain.profile.ProfileRules;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.FindingsJson.FileResult;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.ProfileFormat;
import vn.giaymoi.format.SourcePositions;

/** {@code giaymoi check}: kiểm tra giấy mời theo Nghị định 30/2020/NĐ-CP. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Kiểm tra giấy mời theo Nghị định 30/2020/NĐ-CP; tệp hồ sơ cơ quan (kind: ho-so-co-quan) được kiểm tra"
                        + " như hồ sơ: tên cơ quan còn hiệu lực hôm nay, hình thức ký của từng người ký.",
                "In các lỗi, cảnh báo (mã quy tắc, trường, nội dung, giá trị cần có, căn cứ, vị trí TỆP:DÒNG:CỘT;"
                        + " \"(có thể sửa tự động)\" khi lệnh fix sửa được).",
                "Thư mục được duyệt đệ quy tìm .yaml, .yml, .json; các tệp được kiểm tra song song."},
        footerHeading = "%n",
        footer = "Nhiều tệp: mã thoát là mã nặng nhất trong các tệp (3 > 1 > 0); một tệp hỏng không dừng các tệp khác.")
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Tệp giấy mời, tệp hồ sơ cơ quan hoặc thư mục.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "In kết quả dạng JSON (cho script, CI).")
    boolean json;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = Converters.LanguageConverter.class,
            description = "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
    Language language;

    @Option(names = "--issuing", description = "Kiểm tra như trước khi ban hành: thiếu số hoặc ngày là lỗi.")
    boolean issuing;

    @Mixin
    BatchOptions batch;

    private static final ProfileFormat PROFILES = new ProfileFormat();

    private final CliContext context;

    public CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (DocxFiles.all(paths)) return new DocxCheck(context).run(paths, spec.commandLine().getOut(), json, language);
        List<Input> inputs = InputFiles.expand(paths);
        CheckContext checkContext = issuing ? CheckContext.issuing(context.today()) : CheckContext.draft(context.today());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, inputs.size(), batch.progress(context));
        List<FileResult> results = Batch.run(inputs, batch.jobs, bar, input -> check(input, checkContext),
                (input, e) -> new FileResult(input.file().toString(), List.of(new InputProblem(input.file().toString(),
                        "", 0, 0, "lỗi khi kiểm tra (" + e.getClass().getSimpleName() + "): " + e.getMessage())),
                        List.of(), ExitCodes.FAILED));
        int exit = results.stream().mapToInt(FileResult::exitCode).reduce(ExitCodes.OK, ExitCodes::worst);
        if (json) {
            out.println(context.findingsJson().write(results, language, exit));
        } else {
            for (FileResult r : results) {
                if (r.problems().isEmpty()) out.print(FindingsText.report(r, language));
                else r.problems().stream().map(InputProblem::display).forEach(err::println);
            }
            if (results.size() > 1) out.println(summary(results));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private FileResult check(Input input, CheckContext checkContext) {
        String name = input.file().toString();
        if (ProfileFormat.isProfile(input.file())) return checkProfile(input.file());
        Parsed parsed = context.format().read(input.file());
        if (parsed instanceof Parsed.Failed failed) {
            return new FileResult(name, failed.problems(), List.of(), ExitCodes.UNREADABLE);
        }
        List<Finding> findings = context.rules().check(((Parsed.Ok) parsed).invitation(), checkContext);
        // located only when there is something to point at: a clean file is not read twice
        SourcePositions positions = findings.isEmpty() ? SourcePositions.none() : SourcePositions.of(input.file());
        return new FileResult(name, List.of(), findings, RuleEngine.passes(findings) ? ExitCodes.OK : ExitCodes.FAILED,
                positions);
    }

    /** A profile file ({@code kind: ho-so-co-quan}): its problems for documents dated today. */
    private FileResult checkProfile(Path file) {
        String name = file.toString();
        ProfileFormat.Read read = PROFILES.read(file);
        if (read instanceof ProfileFormat.Read.Failed failed) {
            return new FileResult(name, failed.problems(), List.of(), ExitCodes.UNREADABLE);
        }
        List<Finding> findings = ProfileRules.check(((ProfileFormat.Read.Ok) read).profile(), context.today());
        SourcePositions positions = findings.isEmpty() ? SourcePositions.none() : SourcePositions.of(file);
        return new FileResult(name, List.of(), findings, RuleEngine.passes(findings) ? ExitCodes.OK : ExitCodes.FAILED,
                positions);
    }

    private String summary(List<FileResult> results) {
        long unreadable = results.stream().filter(r -> !r.problems().isEmpty()).count();
        long withErrors = results.stream().filter(r -> r.findings().stream().anyMatch(Finding::isError)).count();
        long errors = results.stream().flatMap(r -> r.findings().stream()).filter(Finding::isError).count();
        long warnings = results.stream().flatMap(r -> r.findings().stream()).filter(Finding::isWarning).count();
        long hints = results.stream().mapToLong(r -> r.findings().size()).sum() - errors - warnings;
        return language == Language.VI
                ? "Tổng: " + results.size() + " tệp; " + withErrors + " tệp có lỗi, " + unreadable + " tệp không đọc được; "
                        + errors + " lỗi, " + warnings + " cảnh báo, " + hints + " gợi ý."
                : "Total: " + results.size() + " files; " + withErrors + " with errors, " + unreadable + " unreadable; "
                        + errors + " error(s), " + warnings + " warning(s), " + hints + " hint(s).";
    }
}
