package vn.giaymoi.archfixture.coding.generic_exceptions;

/** Violates no_generic_exceptions. */
public final class ThrowsRuntimeException {
    public void fail() {
        throw new RuntimeException("generic");
    }
}
