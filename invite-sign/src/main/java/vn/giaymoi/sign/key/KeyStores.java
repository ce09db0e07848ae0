package vn.giaymoi.sign.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Nơi giữ khóa (key stores): a PKCS#12 file (.p12/.pfx) or a PKCS#11 token (the USB tokens officials sign with,
 * through the JDK's SunPKCS11 provider and the token's PKCS#11 library named in a SunPKCS11 configuration file).
 * The first entry that holds a private key and its certificate is used.
 */
public final class KeyStores {
    private KeyStores() {}

    /** The key of a PKCS#12 file opened with {@code password}. */
    public static SigningKey pkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return firstKey(store, password, Optional.empty(), file.toString());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null
                    && e.getMessage().toLowerCase(Locale.ROOT).contains("password")) {
                throw wrongPassword(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new KeyUnavailable(file + ": không có tệp này", file + ": no such file");
            }
            throw new KeyUnavailable(file + ": không phải tệp PKCS#12 (.p12/.pfx) đọc được",
                    file + ": not a readable PKCS#12 (.p12/.pfx) file");
        } catch (GeneralSecurityException e) {
            throw new KeyUnavailable(file + ": không mở được kho khóa (" + e.getMessage() + ")",
                    file + ": the key store cannot be opened (" + e.getMessage() + ")");
        }
    }

    /**
     * The key on the PKCS#11 token described by the SunPKCS11 configuration {@code config} (name, library, slot),
     * logged in with {@code pin}.
     */
    public static SigningKey pkcs11(Path config, char[] pin) {
        if (!Files.isRegularFile(config)) {
            throw new KeyUnavailable(config + ": không có tệp cấu hình PKCS#11 này", config + ": no such PKCS#11 configuration");
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new KeyUnavailable("Java này không có SunPKCS11 để dùng token", "this Java has no SunPKCS11 provider");
        }
        Provider token;
        try {
            token = base.configure(config.toString());
        } catch (RuntimeException e) {
            throw new KeyUnavailable(config + ": không nạp được thư viện token (" + e.getMessage() + ")",
                    config + ": the token library cannot be loaded (" + e.getMessage() + ")");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", token);
            store.load(null, pin);
            return firstKey(store, null, Optional.of(token), "token " + token.getName());
        } catch (IOException e) {
            throw new KeyUnavailable("Token " + token.getName() + ": mã PIN sai hoặc token bị khóa",
                    "Token " + token.getName() + ": wrong PIN or the token is locked");
        } catch (GeneralSecurityException e) {
            throw new KeyUnavailable("Token " + token.getName() + ": không đọc được khóa (" + e.getMessage() + ")",
                    "Token " + token.getName() + ": the key cannot be read (" + e.getMessage() + ")");
        }
    }

    private static SigningKey firstKey(KeyStore store, char[] password, Optional<Provider> provider, String where)
            throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias)) continue;
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0) continue;
            PrivateKey key;
            try {
                key = (PrivateKey) store.getKey(alias, password);
            } catch (UnrecoverableKeyException e) {
                throw wrongPassword(where);
            }
            List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return new SigningKey(key, certificates, provider);
        }
        throw new KeyUnavailable(where + ": không có khóa ký kèm chứng thư nào", where + ": holds no key with a certificate");
    }

    private static KeyUnavailable wrongPassword(String where) {
        return new KeyUnavailable(where + ": mật khẩu sai", where + ": wrong password");
    }
}
