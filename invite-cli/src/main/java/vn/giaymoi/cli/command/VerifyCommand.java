package vn.giaymoi.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.UnreadablePdf;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.ReportText;
import vn.giaymoi.sign.verify.VerificationReport;

/** {@code giaymoi verify}: kiểm tra chữ ký số trong tệp PDF và báo cáo bằng tiếng Việt (Thông tư 15/2025/TT-BKHCN). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Kiểm tra từng chữ ký số trong tệp PDF: người ký, cơ quan, thời điểm ký, dấu thời gian, văn bản"
                + " có bị thay đổi sau khi ký không, chuỗi chứng thư tới chứng thư gốc tin cậy (--trust) và tình trạng"
                + " thu hồi khi chứng thư ghi địa chỉ OCSP hoặc CRL truy cập được.",
                "Mã thoát 0 khi mọi chữ ký hợp lệ, 1 khi có chữ ký không hợp lệ hoặc tệp không có chữ ký, 3 khi không đọc được tệp."})
public final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "Tệp PDF đã ký.")
    Path input;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "Chứng thư gốc tin cậy (PEM/DER; nhắc lại được).")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = Converters.LanguageConverter.class,
            description = "Ngôn ngữ báo cáo: vi (mặc định) hoặc en.")
    Language language;

    private final CliContext context;

    public VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        byte[] pdf = SigningFiles.read(input, "tệp");
        TrustAnchors anchors = SigningFiles.trustAnchors(trust);
        VerificationReport report;
        try {
            report = new PdfSignatureVerifier().verify(pdf, anchors, context.clock().instant());
        } catch (UnreadablePdf e) {
            throw new UserError(ExitCodes.UNREADABLE, input + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(input + ":");
        out.print(ReportText.render(report, language));
        out.flush();
        return report.allValid() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
