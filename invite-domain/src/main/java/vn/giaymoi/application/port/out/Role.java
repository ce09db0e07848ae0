package vn.giaymoi.application.port.out;

import java.util.Locale;

/** Vai trò trong cơ quan (a role within an organisation); a user may hold several. */
public enum Role {
    /** Chuyên viên soạn thảo: creates, edits and submits drafts. */
    DRAFTER,
    /** Lãnh đạo duyệt: approves or returns submitted drafts. */
    APPROVER,
    /** Văn thư: issues (numbers and dates), revokes and sends. */
    CLERK,
    /** Quản trị cơ quan: manages the organisation's users and profile. */
    ADMIN;

    /** The name on the wire and in the database: {@code drafter}, {@code approver}, {@code clerk}, {@code admin}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a wire name, or {@code null} when there is none. */
    public static Role ofWire(String text) {
        for (Role r : values()) {
            if (r.wire().equals(text)) return r;
        }
        return null;
    }

    /** The Vietnamese name shown to users. */
    public String vietnamese() {
        return switch (this) {
            case DRAFTER -> "chuyên viên soạn thảo";
            case APPROVER -> "lãnh đạo duyệt";
            case CLERK -> "văn thư";
            case ADMIN -> "quản trị cơ quan";
        };
    }
}
