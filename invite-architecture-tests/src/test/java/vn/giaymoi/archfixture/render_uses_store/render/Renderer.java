package vn.giaymoi.archfixture.render_uses_store.render;

/** Violates modules_respect_the_allowed_graph: render may depend on domain and application only. */
public final class Renderer {
    private vn.giaymoi.archfixture.render_uses_store.store.Store store;
}
