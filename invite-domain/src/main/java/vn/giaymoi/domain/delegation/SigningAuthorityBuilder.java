package vn.giaymoi.domain.delegation;

import java.util.ArrayList;
import java.util.List;

/**
 * Trình tạo khối chữ ký (signature builder): ô 7, the authority lines, the title and the signer.
 *
 * <p>Immutable: every method returns a new builder, so one half-built value can be the start of several.
 * {@link #build()} makes the {@link SigningAuthority}, which refuses what it cannot hold with an
 * {@link vn.giaymoi.domain.message.InvalidValueException}.
 */
public final class SigningAuthorityBuilder {
    private final List<AuthorityLine> lines;
    private final String title;
    private final String signer;

    private SigningAuthorityBuilder(List<AuthorityLine> lines, String title, String signer) {
        this.lines = lines;
        this.title = title;
        this.signer = signer;
    }

    /** An empty builder. */
    static SigningAuthorityBuilder empty() {
        return new SigningAuthorityBuilder(List.of(), null, null);
    }

    /** The authority lines, replacing what was there. */
    public SigningAuthorityBuilder lines(List<AuthorityLine> lines) {
        return new SigningAuthorityBuilder(List.copyOf(lines), title, signer);
    }

    /** The signer's title ({@code PHÓ GIÁM ĐỐC}). */
    public SigningAuthorityBuilder title(String title) {
        return new SigningAuthorityBuilder(lines, title, signer);
    }

    /** The signer's name. */
    public SigningAuthorityBuilder signer(String signer) {
        return new SigningAuthorityBuilder(lines, title, signer);
    }

    /** One more authority line as printed: {@code KT. GIÁM ĐỐC}, {@code T/M BAN THƯỜNG VỤ}. */
    public SigningAuthorityBuilder authority(String line) {
        List<AuthorityLine> more = new ArrayList<>(lines);
        more.add(AuthorityLine.parse(line));
        return new SigningAuthorityBuilder(List.copyOf(more), title, signer);
    }

    /** The {@link SigningAuthority}. */
    public SigningAuthority build() {
        return new SigningAuthority(lines, title, signer);
    }
}
