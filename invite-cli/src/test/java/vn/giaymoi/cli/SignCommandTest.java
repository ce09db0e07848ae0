package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;

/** {@code giaymoi sign} and {@code giaymoi verify} on the test PKI (the key password comes from Surefire's environment). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignCommandTest {
    static final String PASSWORD_VARIABLE = "GIAYMOI_TEST_KEY_PASSWORD";
    static final TestPki PKI = TestPki.shared();
    @TempDir
    static Path dir;
    static Path invitation, signerP12, organisationP12, expiredP12, root, signature, seal;

    @BeforeAll
    static void files() {
        char[] password = System.getenv(PASSWORD_VARIABLE).toCharArray();
        invitation = TestImages.write(dir.resolve("giay-moi.pdf"), TestImages.invitationPdf());
        signerP12 = PKI.signer.writePkcs12(dir.resolve("nguoi-ky.p12"), password);
        organisationP12 = PKI.organisation.writePkcs12(dir.resolve("co-quan.p12"), password);
        expiredP12 = PKI.expired.writePkcs12(dir.resolve("het-han.p12"), password);
        root = PKI.root.writePem(dir.resolve("goc.pem"));
        signature = TestImages.write(dir.resolve("chu-ky.png"), TestImages.signature());
        seal = TestImages.write(dir.resolve("dau.png"), TestImages.seal());
    }

    static CliRun signAsSigner(Path in, Path out, String... more) {
        return CliRun.now(concat(new String[] {"sign", in.toString(), "--p12", signerP12.toString(), "--password-env", PASSWORD_VARIABLE,
                "--signature-image", signature.toString(), "--trust", root.toString(), "-o", out.toString()}, more));
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void the_signer_then_the_organisation_sign_and_verify_reports_both_valid_in_Vietnamese() {
        Path once = dir.resolve("ky-1.pdf");
        CliRun first = signAsSigner(invitation, once);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Đã ký", "Trần Văn B (Sở Nội vụ tỉnh Hà Tĩnh)", "PAdES B-B");
        Path twice = dir.resolve("ky-2.pdf");
        CliRun second = CliRun.now("sign", once.toString(), "--p12", organisationP12.toString(), "--password-env", PASSWORD_VARIABLE,
                "--seal-image", seal.toString(), "--trust", root.toString(), "--tsa", PKI.tsaUrl().toString(), "-o", twice.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("PAdES B-T");

        CliRun verify = CliRun.now("verify", twice.toString(), "--trust", root.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("Chữ ký 1/2", "Người ký: Trần Văn B", "Chữ ký 2/2", "Người ký: Sở Nội vụ tỉnh Hà Tĩnh",
                "Dấu thời gian: ", "Thu hồi: chưa bị thu hồi", "Kết luận: mọi chữ ký đều hợp lệ.");

        CliRun english = CliRun.now("verify", twice.toString(), "--trust", root.toString(), "--lang", "en");
        assertThat(english.out()).contains("Signer: Trần Văn B", "Verdict: every signature is valid.");
    }

    @Test
    void a_byte_changed_after_signing_makes_verify_exit_1_saying_modified() throws IOException {
        Path signed = dir.resolve("doi.pdf");
        assertThat(signAsSigner(invitation, signed).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(signed);
        bytes[20] = (byte) (bytes[20] ^ 0x01);
        Files.write(signed, bytes);
        CliRun verify = CliRun.now("verify", signed.toString(), "--trust", root.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("ĐÃ BỊ THAY ĐỔI sau khi ký", "Kết luận: có chữ ký KHÔNG hợp lệ.");
    }

    @Test
    void verify_without_the_root_trusted_exits_1_and_says_why() {
        Path signed = dir.resolve("khong-tin.pdf");
        assertThat(signAsSigner(invitation, signed).exitCode()).isZero();
        CliRun verify = CliRun.now("verify", signed.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("chưa có chứng thư gốc tin cậy nào (thêm --trust GỐC.pem)");
    }

    @Test
    void verify_of_a_file_that_is_not_a_pdf_exits_3() {
        Path notPdf = TestImages.write(dir.resolve("khong-phai.pdf"), "xin chào".getBytes());
        CliRun verify = CliRun.now("verify", notPdf.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(3);
        assertThat(verify.err()).contains("không đọc được tệp PDF");
    }

    @Test
    void an_unsigned_pdf_does_not_verify() {
        CliRun verify = CliRun.now("verify", invitation.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("Văn bản không có chữ ký số nào.");
    }

    @Test
    void an_expired_certificate_is_refused_with_its_reason_and_nothing_is_written() {
        Path out = dir.resolve("het-han-ky.pdf");
        CliRun sign = CliRun.now("sign", invitation.toString(), "--p12", expiredP12.toString(), "--password-env", PASSWORD_VARIABLE,
                "--signature-image", signature.toString(), "--trust", root.toString(), "-o", out.toString());
        assertThat(sign.exitCode()).isEqualTo(1);
        assertThat(sign.err()).contains("[SIGN-CERT-EXPIRED] Chứng thư số đã hết hạn lúc", "Thông tư 15/2025/TT-BKHCN");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_wrong_password_is_said_plainly() {
        Path other = PKI.signer.writePkcs12(dir.resolve("khac.p12"), "mat-khau-khac".toCharArray());
        CliRun sign = CliRun.now("sign", invitation.toString(), "--p12", other.toString(), "--password-env", PASSWORD_VARIABLE,
                "--signature-image", signature.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(sign.exitCode()).isEqualTo(1);
        assertThat(sign.err()).contains("mật khẩu sai");
    }

    @Test
    void a_password_variable_that_is_not_set_is_a_usage_error() {
        CliRun sign = CliRun.now("sign", invitation.toString(), "--p12", signerP12.toString(), "--password-env", "GIAYMOI_KHONG_CO",
                "--signature-image", signature.toString(), "-o", dir.resolve("y.pdf").toString());
        assertThat(sign.exitCode()).isEqualTo(2);
        assertThat(sign.err()).contains("Biến môi trường GIAYMOI_KHONG_CO (--password-env) chưa được đặt");
    }

    @Test
    void an_attachment_is_signed_by_the_organisation_without_images() {
        Path out = dir.resolve("kem-theo.pdf");
        CliRun sign = CliRun.now("sign", invitation.toString(), "--p12", organisationP12.toString(), "--password-env", PASSWORD_VARIABLE,
                "--attachment", "--note", "Kèm theo Giấy mời số 05/GM-SNV", "--trust", root.toString(), "-o", out.toString());
        assertThat(sign.exitCode()).as(sign.toString()).isZero();
        assertThat(CliRun.now("verify", out.toString(), "--trust", root.toString()).exitCode()).isZero();
    }

    @Test
    void a_key_on_a_pkcs11_token_signs(@TempDir Path tokenDir) throws IOException, InterruptedException {
        assertThat(System.getenv("GIAYMOI_TEST_TOKEN_PIN")).isEqualTo(vn.giaymoi.sign.pki.SoftHsmToken.PIN);
        Path config = vn.giaymoi.sign.pki.SoftHsmToken.withKeyOf(PKI.signer, tokenDir);
        Path out = dir.resolve("token.pdf");
        CliRun sign = CliRun.now("sign", invitation.toString(), "--pkcs11", config.toString(), "--password-env", "GIAYMOI_TEST_TOKEN_PIN",
                "--signature-image", signature.toString(), "--trust", root.toString(), "-o", out.toString());
        assertThat(sign.exitCode()).as(sign.toString()).isZero();
        CliRun verify = CliRun.now("verify", out.toString(), "--trust", root.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("Người ký: Trần Văn B");
    }

    @Test
    void key_source_is_required_and_one_only() {
        assertThat(CliRun.now("sign", invitation.toString(), "--password-env", PASSWORD_VARIABLE, "-o", "z.pdf").exitCode()).isEqualTo(2);
        assertThat(CliRun.now("sign", invitation.toString(), "--p12", "a.p12", "--pkcs11", "t.cfg", "--password-env",
                PASSWORD_VARIABLE, "-o", "z.pdf").exitCode()).isEqualTo(2);
    }
}
