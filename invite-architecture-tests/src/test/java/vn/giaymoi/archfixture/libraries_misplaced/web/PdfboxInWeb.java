package vn.giaymoi.archfixture.libraries_misplaced.web;

/** Violates the PDFBox confinement (render.pdf and sign). */
public final class PdfboxInWeb {
    private org.apache.pdfbox.pdmodel.PDDocument document;
}
