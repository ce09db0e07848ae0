package vn.giaymoi.archfixture.coding.standard_streams;

/** Violates no_standard_streams. */
public final class PrintsToStdout {
    public void print() {
        System.out.println("giấy mời");
    }
}
