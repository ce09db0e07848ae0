package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.importer.DocumentImport;
import vn.giaymoi.importer.ImportNote;

/** {@code giaymoi import}: nhập giấy mời từ tệp Word, tệp chữ hoặc PDF thành bản nháp YAML. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Nhập giấy mời từ tệp Word (.docx), tệp chữ (.txt) hoặc PDF (lớp chữ) thành bản nháp YAML.",
                "Phần không nhận ra được giữ nguyên lời văn và được liệt kê kèm số đoạn (trên stderr)."})
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tệp .docx, .txt hoặc .pdf.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.yaml", description = "Ghi bản nháp vào tệp này (mặc định in ra).")
    Path output;

    private final CliContext context;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentImport.Imported imported = DocxFiles.read(context, file);
        if (output == null) {
            out.print(imported.yaml());
        } else {
            if (Files.exists(output)) {
                throw new UserError(ExitCodes.USAGE, output + ": tệp đã có; hãy chọn tên khác hoặc xóa tệp cũ");
            }
            try {
                Files.writeString(output, imported.yaml(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError(ExitCodes.FAILED, output + ": không ghi được (" + e.getMessage() + ")", e);
            }
            out.println("Đã ghi bản nháp " + output);
        }
        report(imported, err);
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    static void report(DocumentImport.Imported imported, PrintWriter err) {
        for (ImportNote n : imported.result().notes()) err.println(n.display());
        if (imported.parsed() instanceof Parsed.Failed failed) {
            err.println("Bản nháp còn thiếu trước khi kiểm tra được:");
            failed.problems().stream().map(InputProblem::display).forEach(p -> err.println("  " + p));
        }
    }
}
