package vn.giaymoi.archfixture.libraries_misplaced.cli;

/** Violates the Vert.x confinement (web only). */
public final class VertxInCli {
    private io.vertx.core.Vertx vertx;
}
