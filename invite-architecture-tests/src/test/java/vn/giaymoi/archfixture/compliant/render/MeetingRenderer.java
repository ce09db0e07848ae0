package vn.giaymoi.archfixture.compliant.render;

/** Fixture: the render entry point reads the domain and delegates to the library packages. */
public final class MeetingRenderer {
    private final vn.giaymoi.archfixture.compliant.render.html.HtmlView html = new vn.giaymoi.archfixture.compliant.render.html.HtmlView();
    private final vn.giaymoi.archfixture.compliant.render.pdf.PdfWriter pdf = new vn.giaymoi.archfixture.compliant.render.pdf.PdfWriter();
    private final vn.giaymoi.archfixture.compliant.render.docx.DocxWriter docx = new vn.giaymoi.archfixture.compliant.render.docx.DocxWriter();
    private final vn.giaymoi.archfixture.compliant.render.ics.IcsWriter ics = new vn.giaymoi.archfixture.compliant.render.ics.IcsWriter();

    public String render(vn.giaymoi.archfixture.compliant.domain.Meeting meeting) {
        return html.render(meeting.subject()) + pdf + docx + ics;
    }
}
