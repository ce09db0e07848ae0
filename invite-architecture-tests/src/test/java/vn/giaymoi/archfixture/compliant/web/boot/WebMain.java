package vn.giaymoi.archfixture.compliant.web.boot;

/** Fixture: the web composition root wires Vert.x, the routes and the store. */
public final class WebMain {
    private io.vertx.core.Vertx vertx;
    private final vn.giaymoi.archfixture.compliant.store.MeetingStore store = new vn.giaymoi.archfixture.compliant.store.MeetingStore();
    private final vn.giaymoi.archfixture.compliant.web.http.MeetingRoutes routes = new vn.giaymoi.archfixture.compliant.web.http.MeetingRoutes();
}
