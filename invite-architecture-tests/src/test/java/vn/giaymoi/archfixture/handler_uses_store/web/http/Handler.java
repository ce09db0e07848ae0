package vn.giaymoi.archfixture.handler_uses_store.web.http;

/** Violates only_composition_roots_touch_the_store: a handler uses the store directly. */
public final class Handler {
    private vn.giaymoi.archfixture.handler_uses_store.store.Store store;
}
