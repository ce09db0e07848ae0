package vn.giaymoi.archfixture.compliant.render.docx;

/** Fixture: POI in render.docx is allowed. */
public final class DocxWriter {
    public org.apache.poi.xwpf.usermodel.XWPFDocument document() {
        return new org.apache.poi.xwpf.usermodel.XWPFDocument();
    }
}
