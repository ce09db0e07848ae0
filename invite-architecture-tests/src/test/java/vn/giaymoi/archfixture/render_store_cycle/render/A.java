package vn.giaymoi.archfixture.render_store_cycle.render;

/** Violates no_cycles_between_modules together with store.B. */
public final class A {
    private vn.giaymoi.archfixture.render_store_cycle.store.B b;
}
