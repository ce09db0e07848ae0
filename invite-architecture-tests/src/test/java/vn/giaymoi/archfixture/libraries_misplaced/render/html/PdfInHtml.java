package vn.giaymoi.archfixture.libraries_misplaced.render.html;

/** Violates the openhtmltopdf confinement (render.pdf only). */
public final class PdfInHtml {
    private com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder;
}
