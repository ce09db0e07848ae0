package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.importer.testing.HostileWordFiles;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/** {@code giaymoi import}, and check and fix on a Word file as it is; bad files are refused in Vietnamese, exit 3. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private static final InvitationFormat FORMAT = new InvitationFormat();

    private static Invitation seed() {
        return ((Parsed.Ok) FORMAT.read(Fixtures.EXAMPLES.resolve("seed-001.yaml"))).invitation();
    }

    private Path docx(String name) throws IOException {
        return Files.write(dir.resolve(name), new InvitationRenderer().render(seed(), Format.DOCX).bytes());
    }

    @Test
    void imports_a_word_invitation_into_a_draft_that_reads_back() throws IOException {
        Path in = docx("giay-moi.docx");
        Path out = dir.resolve("giay-moi.yaml");
        CliRun run = CliRun.of("import", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(FORMAT.read(out)).isInstanceOf(Parsed.Ok.class);
        assertThat(Files.readString(out)).contains("number: /GM-UBND").contains("signer: Nguyễn Huy Hùng")
                .contains("start: \"15:00\"");
    }

    @Test
    void imports_a_text_invitation_to_standard_output() throws IOException {
        Path in = Files.write(dir.resolve("giay-moi.txt"), new InvitationRenderer().render(seed(), Format.TXT).bytes());
        CliRun run = CliRun.of("import", in.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("kind: giay-moi").contains("TL. CHỦ TỊCH");
    }

    @Test
    void check_on_a_docx_runs_the_format_rules_on_the_file_and_names_the_paragraph() throws IOException {
        Path clean = docx("dung.docx");
        CliRun ok = CliRun.padOnly("check", clean.toString());
        assertThat(ok.out()).as(ok.toString()).contains("thể thức tệp Word (Phụ lục I): đạt");
        // the same document typed in Arial
        byte[] bytes = Files.readAllBytes(clean);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
            doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Thực hiện"))
                    .forEach(p -> p.getRuns().forEach(r -> r.setFontFamily("Arial")));
            try (OutputStream o = Files.newOutputStream(dir.resolve("sai.docx"))) {
                doc.write(o);
            }
        }
        CliRun bad = CliRun.padOnly("check", dir.resolve("sai.docx").toString());
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out()).contains("[ND30-DOCX-FONT] đoạn").contains("(\"Thực hiện Công điện số")
                .contains("Phụ lục I, mục I.4");
    }

    @Test
    void fix_writes_a_corrected_docx_and_keeps_the_original_beside_it() throws IOException {
        Path file = docx("hop.docx");
        byte[] before = Files.readAllBytes(file);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(before))) {
            doc.getDocument().getBody().getSectPr().getPgMar().setLeft(java.math.BigInteger.valueOf(1134));
            try (OutputStream o = Files.newOutputStream(file)) {
                doc.write(o);
            }
        }
        CliRun run = CliRun.padOnly("fix", file.toString(), "--write");
        assertThat(run.out()).as(run.toString()).contains("ND30-DOCX-MARGINS").contains("Đã ghi");
        assertThat(dir.resolve("hop.goc.docx")).exists();
        CliRun again = CliRun.padOnly("check", file.toString());
        assertThat(again.out()).as(again.toString()).contains("Phụ lục I): đạt");
    }

    // ------------------------------------------------------------------ bad input: exit 3, a Vietnamese message

    private CliRun refused(Path file) {
        CliRun run = CliRun.of("import", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void a_docx_that_is_not_a_zip() throws IOException {
        Path f = Files.writeString(dir.resolve("gia.docx"), "đây là chữ, không phải tệp Word");
        assertThat(refused(f).err()).contains("không phải tệp Word .docx");
    }

    @Test
    @Timeout(60)
    void a_zip_bomb() throws IOException {
        Path f = Files.write(dir.resolve("bom.docx"), HostileWordFiles.zipBomb());
        assertThat(Files.size(f)).isLessThan(2_000_000);
        assertThat(refused(f).err()).contains("bom nén");
    }

    @Test
    void an_xxe_in_the_xml_is_refused_and_reads_nothing() throws IOException {
        Path secret = Files.writeString(dir.resolve("bi-mat.txt"), "MAT-KHAU-BI-MAT");
        byte[] good = new InvitationRenderer().render(seed(), Format.DOCX).bytes();
        Path f = Files.write(dir.resolve("xxe.docx"),
                HostileWordFiles.withExternalEntity(good, secret.toUri().toString(), "Nguyễn Huy Hùng"));
        CliRun run = refused(f);
        assertThat(run.out() + run.err()).doesNotContain("MAT-KHAU-BI-MAT").contains("DOCTYPE");
    }

    @Test
    @Timeout(20)
    void a_200_MB_file_is_refused_before_it_is_read() throws IOException {
        Path f = dir.resolve("lon.docx");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(200L * 1024 * 1024);
        }
        assertThat(refused(f).err()).contains("quá lớn").contains("10 MiB");
    }

    @Test
    void a_password_protected_docx() throws Exception {
        byte[] plain = new InvitationRenderer().render(seed(), Format.DOCX).bytes();
        Path f = Files.write(dir.resolve("khoa.docx"), HostileWordFiles.passwordProtected(plain));
        assertThat(refused(f).err()).contains("có mật khẩu");
    }

    @Test
    void an_old_binary_doc() throws IOException {
        Path f = Files.write(dir.resolve("cu.doc"), HostileWordFiles.oldBinaryDoc());
        assertThat(refused(f).err()).contains("tệp Word cũ (.doc").contains("Save As");
        CliRun check = CliRun.of("check", f.toString());
        assertThat(check.exitCode()).isEqualTo(3);
    }
}
