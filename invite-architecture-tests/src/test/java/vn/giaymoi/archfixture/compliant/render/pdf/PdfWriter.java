package vn.giaymoi.archfixture.compliant.render.pdf;

/** Fixture: openhtmltopdf and PDFBox in render.pdf are allowed. */
public final class PdfWriter {
    public com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder() {
        return new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
    }

    public org.apache.pdfbox.pdmodel.PDDocument empty() {
        return new org.apache.pdfbox.pdmodel.PDDocument();
    }
}
