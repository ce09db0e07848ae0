package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.sign.SigningService;
import vn.giaymoi.sign.cert.CertificateNames;
import vn.giaymoi.sign.cert.CertificateProblem;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.key.KeyStores;
import vn.giaymoi.sign.key.KeyUnavailable;
import vn.giaymoi.sign.key.SigningKey;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pdf.SigningFailure;
import vn.giaymoi.sign.pdf.TimestampClient;
import vn.giaymoi.sign.pdf.UnreadablePdf;

/**
 * {@code giaymoi sign}: ký số tệp PDF (PAdES) với hình thức theo NĐ 30/2020/NĐ-CP, Điều 13 và Phụ lục I, sau khi kiểm
 * tra chứng thư số theo Thông tư 15/2025/TT-BKHCN.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Ký số tệp PDF theo chuẩn PAdES (B-B; B-T khi có --tsa) với hình thức theo NĐ 30/2020/NĐ-CP,"
                + " Điều 13 và Phụ lục I. Chứng thư số được kiểm tra trước khi ký (thời hạn, mục đích sử dụng khóa,"
                + " chuỗi tới chứng thư gốc tin cậy, độ dài khóa, thu hồi) theo Thông tư 15/2025/TT-BKHCN.",
                "Người ký: --signature-image (ảnh chữ ký màu xanh) đặt giữa chức vụ và họ tên.",
                "Cơ quan: --seal-image (ảnh dấu màu đỏ, đúng kích thước thật) trùm khoảng 1/3 ảnh chữ ký bên trái;"
                        + " ký sau chữ ký của người ký. Cả hai ảnh trong một lệnh: một chữ ký mang cả hai ảnh.",
                "Tài liệu kèm theo, bản số hóa: --attachment (tên cơ quan và thời gian ký ISO 8601 ở góc trên bên phải trang 1).",
                "Ký là thay đổi cuối cùng của tệp: cấp số và hoàn thiện văn bản trước khi ký."},
        footerHeading = "%n",
        footer = {"Ví dụ:",
                "  GIAYMOI_PASS=… giaymoi sign gm.pdf --p12 nguoi-ky.p12 --password-env GIAYMOI_PASS --signature-image chu-ky.png -o gm-ky.pdf",
                "  GIAYMOI_PIN=… giaymoi sign gm-ky.pdf --pkcs11 token.cfg --password-env GIAYMOI_PIN --seal-image dau.png -o gm-ky-dau.pdf"})
public final class SignCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "Tệp PDF cần ký.")
    Path input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;

    static final class KeySource {
        @Option(names = "--p12", paramLabel = "FILE.p12", description = "Chứng thư số và khóa trong tệp PKCS#12 (.p12, .pfx).")
        Path p12;

        @Option(names = "--pkcs11", paramLabel = "CONFIG",
                description = "Token USB (PKCS#11): tệp cấu hình SunPKCS11 (name, library, slot).")
        Path pkcs11;
    }

    @Option(names = "--password-env", required = true, paramLabel = "VAR",
            description = "Tên biến môi trường chứa mật khẩu tệp .p12 hoặc mã PIN của token (không ghi mật khẩu trên dòng lệnh).")
    String passwordVariable;

    @Option(names = "--signature-image", paramLabel = "PNG", description = "Ảnh chữ ký của người ký (PNG nền trong suốt, màu xanh).")
    Path signatureImage;

    @Option(names = "--seal-image", paramLabel = "PNG",
            description = "Ảnh dấu của cơ quan (PNG nền trong suốt, màu đỏ; kích thước thật lấy từ độ phân giải ghi trong tệp).")
    Path sealImage;

    @Option(names = "--attachment", description = "Ký như tài liệu kèm theo hoặc bản số hóa: không ảnh; tên cơ quan và"
            + " thời gian ký ở góc trên bên phải trang 1 (Phụ lục I, mục II.8.b).")
    boolean attachment;

    @Option(names = "--organisation", paramLabel = "TÊN",
            description = "Tên cơ quan hiện ở góc trên bên phải với --attachment (mặc định: tên tổ chức trong chứng thư).")
    String organisation;

    @Option(names = "--note", paramLabel = "DÒNG",
            description = "Dòng thêm với --attachment, ví dụ số và ký hiệu văn bản chính hoặc \"SAO Y\".")
    String note;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "Chứng thư gốc tin cậy (PEM/DER; nhắc lại được)."
            + " Chứng thư gốc tự ký có sẵn trong tệp khóa cũng được tin.")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--tsa", paramLabel = "URL", description = "Máy chủ cấp dấu thời gian (RFC 3161): chữ ký thành PAdES B-T.")
    URI tsa;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SIGNED.pdf", description = "Tệp PDF đã ký.")
    Path output;

    private final CliContext context;

    public SignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            throw new UserError(ExitCodes.USAGE, "Tệp kết quả -o phải khác tệp cần ký (bản chưa ký được giữ nguyên).");
        }
        byte[] pdf = SigningFiles.read(input, "tệp PDF");
        TrustAnchors anchors = SigningFiles.trustAnchors(trust);
        SigningKey signingKey = openKey();
        Appearance appearance = appearance(signingKey);
        Optional<TimestampClient> timestamps = Optional.ofNullable(tsa).map(TimestampClient::new);
        SigningService.Outcome outcome;
        try {
            outcome = new SigningService(anchors, timestamps, context.clock()).sign(pdf, signingKey, appearance);
        } catch (UnreadablePdf e) {
            throw new UserError(ExitCodes.UNREADABLE, input + ": " + e.getMessage());
        } catch (SigningFailure e) {
            throw new UserError(ExitCodes.FAILED, input + ": " + e.getMessage());
        }
        if (outcome instanceof SigningService.Outcome.Refused refused) {
            err.println("Không ký " + input + " bằng chứng thư của " + CertificateNames.holder(signingKey.certificate()) + ":");
            for (CertificateProblem problem : refused.problems()) {
                err.println("  [" + problem.id() + "] " + problem.vietnamese());
            }
            err.flush();
            return ExitCodes.FAILED;
        }
        if (outcome instanceof SigningService.Outcome.NotAccepted notAccepted) {
            throw new UserError(ExitCodes.FAILED, input + ": " + notAccepted.vietnamese());
        }
        write(((SigningService.Outcome.Signed) outcome).pdf());
        out.println("Đã ký " + input + " → " + output + ": " + CertificateNames.holder(signingKey.certificate())
                + CertificateNames.organisation(signingKey.certificate()).map(o -> " (" + o + ")").orElse("")
                + ", PAdES " + (tsa == null ? "B-B" : "B-T (dấu thời gian " + tsa + ")") + ".");
        out.flush();
        return ExitCodes.OK;
    }

    private Appearance appearance(SigningKey signingKey) {
        if (attachment) {
            if (signatureImage != null || sealImage != null) {
                throw new UserError(ExitCodes.USAGE, "--attachment không dùng ảnh (Phụ lục I, mục II.8.b: không hiển thị hình"
                        + " ảnh chữ ký số); bỏ --signature-image và --seal-image.");
            }
            String name = organisation != null ? organisation : CertificateNames.organisation(signingKey.certificate())
                    .orElse(CertificateNames.holder(signingKey.certificate()));
            return new Appearance.OrganisationStamp(name, Optional.ofNullable(note));
        }
        if (organisation != null || note != null) {
            throw new UserError(ExitCodes.USAGE, "--organisation và --note chỉ dùng cùng --attachment.");
        }
        if (signatureImage != null) {
            return new Appearance.SignerSignature(png(signatureImage), Optional.ofNullable(sealImage).map(this::png));
        }
        if (sealImage != null) return new Appearance.OrganisationSeal(png(sealImage));
        throw new UserError(ExitCodes.USAGE, "Cần --signature-image (người ký), --seal-image (cơ quan) hoặc --attachment.");
    }

    private PngImage png(Path file) {
        try {
            return PngImage.read(SigningFiles.read(file, "ảnh"), file.toString());
        } catch (SigningFailure e) {
            throw new UserError(ExitCodes.UNREADABLE, e.getMessage());
        }
    }

    private SigningKey openKey() {
        String secret = System.getenv(passwordVariable);
        if (secret == null) {
            throw new UserError(ExitCodes.USAGE, "Biến môi trường " + passwordVariable + " (--password-env) chưa được đặt:"
                    + " đặt mật khẩu hoặc mã PIN vào đó trước khi chạy lệnh.");
        }
        char[] password = secret.toCharArray();
        try {
            return key.p12 != null ? KeyStores.pkcs12(key.p12, password) : KeyStores.pkcs11(key.pkcs11, password);
        } catch (KeyUnavailable e) {
            throw new UserError(ExitCodes.FAILED, e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Written beside the target, then moved in place: a failure never leaves a half-written signed file. */
    private void write(byte[] signed) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".giaymoi-", ".pdf");
            try {
                Files.write(temporary, signed);
                Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILED, output + ": không ghi được tệp đã ký (" + RenderCommand.reason(e) + ").");
        }
    }
}
