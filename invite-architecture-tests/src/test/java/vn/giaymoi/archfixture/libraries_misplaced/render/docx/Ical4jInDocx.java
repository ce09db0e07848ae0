package vn.giaymoi.archfixture.libraries_misplaced.render.docx;

/** Violates the ical4j confinement (render.ics only). */
public final class Ical4jInDocx {
    private net.fortuna.ical4j.model.Calendar calendar;
}
