package vn.giaymoi.archfixture.render_store_cycle.store;

/** Violates no_cycles_between_modules together with render.A. */
public final class B {
    private vn.giaymoi.archfixture.render_store_cycle.render.A a;
}
