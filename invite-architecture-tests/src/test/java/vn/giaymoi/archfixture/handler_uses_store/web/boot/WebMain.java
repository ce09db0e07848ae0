package vn.giaymoi.archfixture.handler_uses_store.web.boot;

/** Allowed: the composition root wires the store. */
public final class WebMain {
    private vn.giaymoi.archfixture.handler_uses_store.store.Store store;
}
