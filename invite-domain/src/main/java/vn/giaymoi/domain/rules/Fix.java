package vn.giaymoi.domain.rules;

import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Sửa tự động (a certain fix): a correction the caller may apply because there is only one right answer, such as
 * zero-padding a day.
 *
 * @param descriptionVi what it changes, in Vietnamese
 * @param descriptionEn what it changes, in English
 * @param change the change itself
 */
public record Fix(String descriptionVi, String descriptionEn, UnaryOperator<Invitation> change) {
    public Fix {
        Objects.requireNonNull(descriptionVi, "descriptionVi");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(change, "change");
    }

    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionVi;
    }

    public Invitation apply(Invitation invitation) {
        return change.apply(invitation);
    }
}
