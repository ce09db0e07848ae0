package vn.giaymoi.domain.profile;

import java.util.List;
import java.util.Locale;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.text.Texts;

/**
 * Người ký trong danh sách (a signer of the roster): their name, their own title, and the signing forms they may
 * use (NĐ 30/2020/NĐ-CP, Điều 13; Phụ lục I, mục II.7).
 *
 * @param name full name ({@code Trần Công Thành})
 * @param title the signer's own title, in capitals ({@code PHÓ CHÁNH VĂN PHÒNG})
 * @param forms the forms they may sign with, the usual one first; at least one
 */
public record RosterSigner(String name, String title, List<SigningForm> forms) {
    public RosterSigner {
        name = Texts.required(name, "Họ tên người ký");
        title = Texts.required(title, "Chức vụ người ký").toUpperCase(Locale.ROOT);
        forms = forms == null || forms.isEmpty() ? List.of(SigningForm.direct()) : List.copyOf(forms);
    }

    /** The signing block of ô 7 in form {@code form} (0 is the usual one). */
    public SigningAuthority authority(int form) {
        return new SigningAuthority(forms.get(form).lines(), title, name);
    }
}
