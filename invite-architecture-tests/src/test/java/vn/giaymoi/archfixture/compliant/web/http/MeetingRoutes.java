package vn.giaymoi.archfixture.compliant.web.http;

/** Fixture: a route table uses Vert.x Web, use-case ports and render, never the store. */
public final class MeetingRoutes {
    private io.vertx.ext.web.Router router;
    private vn.giaymoi.archfixture.compliant.application.ScheduleMeeting scheduleMeeting;
    private final vn.giaymoi.archfixture.compliant.render.MeetingRenderer renderer = new vn.giaymoi.archfixture.compliant.render.MeetingRenderer();
}
