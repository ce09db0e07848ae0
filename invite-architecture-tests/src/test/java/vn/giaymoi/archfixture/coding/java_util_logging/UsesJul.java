package vn.giaymoi.archfixture.coding.java_util_logging;

/** Violates no_java_util_logging. */
public final class UsesJul {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("fixture");
}
