package vn.giaymoi.archfixture.render_uses_store.store;

/** Fixture: a store class. */
public final class Store {}
