package vn.giaymoi.archfixture.libraries_misplaced.render.pdf;

/** Violates the POI confinement (render.docx only). */
public final class PoiInPdf {
    private org.apache.poi.xwpf.usermodel.XWPFDocument document;
}
