package vn.giaymoi.application.port.out;

import java.time.LocalDate;

/**
 * Điều kiện tìm (search criteria) for the list of invitations; each part is optional ({@code null}).
 *
 * @param text words in the subject (trích yếu), case-insensitive
 * @param status draft or issued
 * @param from earliest meeting or issue date
 * @param to latest meeting or issue date
 */
public record InvitationQuery(String text, Status status, LocalDate from, LocalDate to) {
    public static InvitationQuery all() {
        return new InvitationQuery(null, null, null, null);
    }
}
