package vn.giaymoi.web.boot;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import vn.giaymoi.sign.cert.TrustAnchors;

/**
 * Chứng thư gốc tin cậy của máy chủ (the roots the server trusts when it verifies signatures): the PEM files listed
 * in {@code GIAYMOI_TRUST}, separated like a path ({@code :} on Linux). None: every chain is reported untrusted.
 */
final class SignatureTrust {
    static final String VARIABLE = "GIAYMOI_TRUST";

    private SignatureTrust() {}

    static TrustAnchors fromEnvironment() {
        return of(System.getenv(VARIABLE));
    }

    static TrustAnchors of(String value) {
        if (value == null || value.isBlank()) return TrustAnchors.none();
        List<Path> files = Arrays.stream(value.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        return TrustAnchors.fromFiles(files);
    }
}
