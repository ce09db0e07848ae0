package vn.giaymoi.sign.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token thử (a SoftHSM2 PKCS#11 token for tests): writes the SoftHSM2 configuration named by {@code SOFTHSM2_CONF}
 * (Surefire sets it; the library reads it when it loads) with a token folder under {@code dir}, initialises a token,
 * imports an identity's key (softhsm2-util) and certificates (opensc's pkcs11-tool), and writes the SunPKCS11
 * configuration that opens it.
 */
public final class SoftHsmToken {
    public static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    public static final String PIN = "123456";

    private SoftHsmToken() {}

    /** The SunPKCS11 configuration of a new token holding {@code identity}'s key and chain (without its root). */
    public static Path withKeyOf(TestPki.Identity identity, Path dir) throws IOException, InterruptedException {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) throw new IllegalStateException("SOFTHSM2_CONF is not set (Surefire sets it)");
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        Files.createDirectories(Path.of(conf).toAbsolutePath().getParent());
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        String init = run("softhsm2-util", "--init-token", "--free", "--label", "giaymoi", "--pin", PIN, "--so-pin", "87654321");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
        if (!slot.find()) throw new IllegalStateException("no slot in: " + init);
        Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(identity.key().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        run("softhsm2-util", "--import", key.toString(), "--token", "giaymoi", "--label", "signer", "--id", "01", "--pin", PIN);
        Files.delete(key);
        for (int i = 0; i < identity.chain().size() - 1; i++) {
            Path cert;
            try {
                cert = Files.write(dir.resolve("cert" + i + ".der"), identity.chain().get(i).getEncoded());
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            run("pkcs11-tool", "--module", LIBRARY, "--token-label", "giaymoi", "--login", "--pin", PIN, "--write-object",
                    cert.toString(), "--type", "cert", "--id", String.format("%02d", i + 1), "--label", i == 0 ? "signer" : "ca" + i);
        }
        return Files.writeString(dir.resolve("pkcs11.cfg"), "name = SoftHSM\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
