package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

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
}
