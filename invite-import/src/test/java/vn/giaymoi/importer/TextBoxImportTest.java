package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.importer.source.DocxSource;
import vn.giaymoi.importer.source.SourceDocument;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;

/** Hộp văn bản: a date line typed in a Word text box (drawing and VML copies) is read once, where it is anchored. */
class TextBoxImportTest {
    @Test
    void a_date_line_in_a_text_box_is_read_once_and_imported() {
        Invitation inv = Corpus.examples().values().iterator().next();
        PageLayout page = LayoutBuilder.of(inv);
        for (boolean table : new boolean[] {true, false}) {
            OfficeDocx.Style style = new OfficeDocx.Style(table, true, false, "Times New Roman", false, false, false, false,
                    false, new OfficeDocx.Habits(false, false, false, false, true));
            byte[] docx = OfficeDocx.of(page, style);
            SourceDocument source = DocxSource.read(docx, "hop-van-ban.docx");
            long dateLines = source.lines().stream().filter(l -> l.text().contains(page.dateLine())).count();
            assertThat(dateLines).as("header as a table: " + table).isEqualTo(1);
            ImportResult result = new InvitationImporter().read(source);
            assertThat(result.draft().place()).isNotBlank();
            assertThat(page.dateLine()).startsWith(result.draft().place());
            assertThat(result.draft().date()).isNotNull();
        }
    }

    /**
     * A paragraph nesting elements deep around a text box: 40 levels are read; 2,000 and 20,000 are refused with a
     * clear message (POI's depth check itself exhausted the stack at 20,000), never a crash.
     */
    @Test
    void a_box_nested_deep_is_read_and_one_nested_absurdly_deep_is_refused() throws Exception {
        assertThat(nested(40).lines()).anyMatch(l -> l.text().contains("HỘP SÂU"));
        for (int depth : new int[] {2_000, 20_000}) {
            assertThatThrownBy(() -> nested(depth)).isInstanceOf(vn.giaymoi.importer.source.UnreadableDocument.class)
                    .hasMessageContaining("sau.docx").hasMessageContaining("lồng nhau quá sâu");
        }
    }

    private static SourceDocument nested(int depth) throws java.io.IOException {
        Invitation inv = Corpus.examples().values().iterator().next();
        OfficeDocx.Style style = new OfficeDocx.Style(true, true, false, "Times New Roman", false, false, false, false,
                false, new OfficeDocx.Habits(false, false, false, false, true));
        byte[] docx = OfficeDocx.of(LayoutBuilder.of(inv), style);
        // distinct names, so that the part does not compress like a zip bomb (which would be refused before reading)
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) open.append("<x:e").append(i).append(i == 0 ? " xmlns:x=\"urn:x\">" : ">");
        for (int i = depth - 1; i >= 0; i--) close.append("</x:e").append(i).append('>');
        byte[] deep = rewrite(docx, xml -> xml.replaceFirst("<w:txbxContent>", java.util.regex.Matcher.quoteReplacement(
                open + "<w:txbxContent><w:p><w:r><w:t>HỘP SÂU</w:t></w:r></w:p></w:txbxContent>" + close
                        + "<w:txbxContent>")));
        return DocxSource.read(deep, "sau.docx");
    }

    private static byte[] rewrite(byte[] docx, java.util.function.UnaryOperator<String> documentXml) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
                var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    data = documentXml.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(data);
            }
        }
        return bytes.toByteArray();
    }
}
