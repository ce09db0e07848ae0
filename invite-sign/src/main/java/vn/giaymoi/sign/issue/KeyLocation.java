package vn.giaymoi.sign.issue;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.giaymoi.sign.key.KeyStores;
import vn.giaymoi.sign.key.KeyUnavailable;
import vn.giaymoi.sign.key.SigningKey;

/**
 * Nơi để khóa của cơ quan (where the organisation's key is on the server): a PKCS#12 file or a PKCS#11 token (an
 * HSM), and the name of the environment variable holding its password or PIN. Only names are kept, never the key
 * or the secret; the names must start with {@value #PREFIX} so that a settings document cannot make the server use
 * another secret of its environment (the database password, say) as a key password.
 */
public sealed interface KeyLocation {
    String PREFIX = "GIAYMOI_SIGN_";
    Pattern VARIABLE = Pattern.compile(PREFIX + "[A-Z0-9_]+");

    /** The environment variable of the password or PIN. */
    String secretVariable();

    /** Opens the key; the secret is read from {@code environment} now and not kept. */
    SigningKey open(Function<String, String> environment);

    /** Tệp khóa PKCS#12 (.p12/.pfx). */
    record Pkcs12(Path file, String secretVariable) implements KeyLocation {
        public Pkcs12 {
            Objects.requireNonNull(file, "file");
            checkName(secretVariable);
        }

        @Override
        public SigningKey open(Function<String, String> environment) {
            return KeyStores.pkcs12(file, secret(environment, secretVariable, "mật khẩu", "password"));
        }
    }

    /** Token hoặc HSM qua PKCS#11: the SunPKCS11 configuration file naming the token's library and slot. */
    record Pkcs11(Path config, String secretVariable) implements KeyLocation {
        public Pkcs11 {
            Objects.requireNonNull(config, "config");
            checkName(secretVariable);
        }

        @Override
        public SigningKey open(Function<String, String> environment) {
            return KeyStores.pkcs11(config, secret(environment, secretVariable, "mã PIN", "PIN"));
        }
    }

    private static void checkName(String variable) {
        if (variable == null || !VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("tên biến môi trường giữ mật khẩu hoặc mã PIN phải bắt đầu bằng " + PREFIX
                    + " và chỉ gồm chữ in hoa, số, dấu _ (ví dụ " + PREFIX + "PASSWORD); nhận: " + variable);
        }
    }

    private static char[] secret(Function<String, String> environment, String variable, String vi, String en) {
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new KeyUnavailable("Chưa đặt biến môi trường " + variable + " (" + vi + " của khóa cơ quan) trên máy chủ;"
                    + " quản trị hệ thống đặt biến này rồi khởi động lại máy chủ.",
                    "The environment variable " + variable + " (the key's " + en + ") is not set on the server.");
        }
        return value.toCharArray();
    }
}
