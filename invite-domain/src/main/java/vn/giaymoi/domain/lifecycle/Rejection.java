package vn.giaymoi.domain.lifecycle;

import java.util.Objects;

/**
 * Lý do từ chối (rejection): why a step of the lifecycle cannot be taken now, as a value with a stable id.
 *
 * @param id stable identifier, e.g. {@code LIFE-FROZEN}
 * @param messageVi the reason in Vietnamese, citing the decree where it rests on one
 * @param messageEn the reason in English
 */
public record Rejection(String id, String messageVi, String messageEn) {
    public Rejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
