package vn.giaymoi.mail;

import java.util.Objects;

/**
 * Người thao tác (who sends or records a reply): the signed-in clerk once accounts are wired; the web layer
 * checks the clerk role before it builds one.
 *
 * @param name the user's name as the audit log shows it
 */
public record Sender(String name) {
    public Sender {
        Objects.requireNonNull(name, "name");
    }
}
