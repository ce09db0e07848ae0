package vn.giaymoi.archfixture.compliant.render.ics;

/** Fixture: ical4j in render.ics is allowed. */
public final class IcsWriter {
    public net.fortuna.ical4j.model.Calendar calendar() {
        return new net.fortuna.ical4j.model.Calendar();
    }
}
