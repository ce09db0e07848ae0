package vn.giaymoi.render.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.render.Seeds;

/**
 * Every document of the real corpus (invite-format's src/test/resources/real) renders as text and as PDF with the
 * words of its subject, opening and content in their order, and with its signature; read back with PDFBox.
 */
class RealCorpusRenderTest {
    private static final Path DIR = Path.of("..", "invite-format", "src", "test", "resources", "real");
    private static final InvitationRenderer RENDERER = new InvitationRenderer();

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Invitation read(String name) {
        return new InvitationFormat().read(DIR.resolve(name)).fold(i -> i, problems -> {
            throw new AssertionError(name + ": " + problems);
        });
    }

    /** The words of the subject, the Kính gửi, the opening and every point, in reading order. */
    private static List<String> contentWords(Invitation inv) {
        List<String> parts = new ArrayList<>();
        parts.add(inv.subject().plain());
        // a Công điện prints the sender's "… điện:" line above its recipients (Mẫu 1.6)
        boolean senderFirst = inv.kind() == vn.giaymoi.domain.invitation.InvitationKind.CONG_DIEN;
        if (senderFirst && inv.opening() != null) parts.add(inv.opening().text().plain());
        inv.addressees().entries().forEach(e -> parts.add(e.plain()));
        if (!senderFirst && inv.opening() != null) parts.add(inv.opening().text().plain());
        for (Outline.Entry e : inv.outline().flatten()) parts.add(e.text().plain());
        return words(String.join(" ", parts));
    }

    /**
     * Words as {@link Seeds#words} reads them, with a word ending in a hyphen joined to the next: the PDF joins a
     * word it broke at a hyphen, so {@code lần thứ 2- năm} (as printed) compares to {@code 2-năm}.
     */
    private static List<String> words(String s) {
        return Seeds.words(s.replaceAll("(?<=\\S-)\\s+", ""));
    }

    private static List<String> signatureWords(Invitation inv) {
        List<String> lines = new ArrayList<>(inv.signature().printedLines());
        if (inv.signature().signer() != null) lines.add(inv.signature().signer());
        return words(String.join(" ", lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void renders_as_text_with_its_words_in_order(String name) {
        Invitation inv = read(name);
        String text = new String(RENDERER.render(inv, Format.TXT).bytes(), StandardCharsets.UTF_8);
        assertThat(Seeds.missingInOrder(contentWords(inv), words(text))).as("%s%n%s", name, text).isEmpty();
        assertThat(Seeds.missingInOrder(signatureWords(inv), words(text))).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void renders_as_pdf_with_its_words_in_order(String name) throws IOException {
        Invitation inv = read(name);
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(inv, Format.PDF).bytes())) {
            // a word the PDF breaks at a hyphen at the end of a line is joined again
            String text = new PDFTextStripper().getText(pdf);
            assertThat(Seeds.missingInOrder(contentWords(inv), words(text))).as("%s%n%s", name, text).isEmpty();
            assertThat(Seeds.missingInOrder(signatureWords(inv), words(text))).as(name).isEmpty();
        }
    }
}
