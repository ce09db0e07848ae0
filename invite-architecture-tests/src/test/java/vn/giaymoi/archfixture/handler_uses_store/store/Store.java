package vn.giaymoi.archfixture.handler_uses_store.store;

/** Fixture: a store class. */
public final class Store {}
