package vn.giaymoi.domain.profile;

import java.time.LocalDate;
import java.util.Objects;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.text.Texts;

/**
 * Danh tính cơ quan ban hành theo thời kỳ (issuer identity for a period): the name, parent body, abbreviation, level
 * and province a body issued under between two dates, with the place name of ô 4 and the document format. A body
 * renamed or merged (on 2025-07-01, the two-level local government) gets a new period; its older documents keep the
 * identity valid on their own date (NĐ 30/2020/NĐ-CP, Điều 8; Phụ lục I, mục II.2 and II.4.a).
 *
 * @param issuer ô 2: parent body, full name, abbreviation, level, province
 * @param place the địa danh of ô 4 ({@code Hà Tĩnh})
 * @param format the State's or the Party's format (a Party body issues in the Party's)
 * @param validFrom the first day of the period, or {@code null} when it has no known start
 * @param validUntil the last day of the period (inclusive), or {@code null} while the identity is current
 */
public record IssuerIdentity(Issuer issuer, String place, DocumentFormat format, LocalDate validFrom,
        LocalDate validUntil) {
    public IssuerIdentity {
        Objects.requireNonNull(issuer, "cơ quan ban hành (issuer)");
        place = Texts.required(place, "Địa danh");
        format = format == null ? DocumentFormat.STATE : format;
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("ngày hết hiệu lực " + validUntil + " đứng trước ngày bắt đầu " + validFrom);
        }
    }

    /** True when {@code date} falls inside the period (both ends included). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(IssuerIdentity other) {
        boolean startsBeforeOtherEnds = validFrom == null || other.validUntil == null || !validFrom.isAfter(other.validUntil);
        boolean endsAfterOtherStarts = validUntil == null || other.validFrom == null || !validUntil.isBefore(other.validFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
