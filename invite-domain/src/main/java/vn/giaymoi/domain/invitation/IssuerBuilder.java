package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.meeting.AdministrativeLevel;

/**
 * Trình tạo cơ quan ban hành (issuer builder): ô 2, the issuing body and its parent.
 *
 * <p>Immutable: every method returns a new builder, so one half-built value can be the start of several.
 * {@link #build()} makes the {@link Issuer}, which refuses what it cannot hold with an
 * {@link vn.giaymoi.domain.message.InvalidValueException}.
 */
public final class IssuerBuilder {
    private final String parent;
    private final String name;
    private final String abbreviation;
    private final AdministrativeLevel level;
    private final String province;

    private IssuerBuilder(String parent, String name, String abbreviation, AdministrativeLevel level, String province) {
        this.parent = parent;
        this.name = name;
        this.abbreviation = abbreviation;
        this.level = level;
        this.province = province;
    }

    /** An empty builder. */
    static IssuerBuilder empty() {
        return new IssuerBuilder(null, null, null, null, null);
    }

    /** The parent body ({@code UBND TỈNH HÀ TĨNH}), or {@code null}. */
    public IssuerBuilder parent(String parent) {
        return new IssuerBuilder(parent, name, abbreviation, level, province);
    }

    /** The issuing body's name ({@code SỞ NỘI VỤ}). */
    public IssuerBuilder name(String name) {
        return new IssuerBuilder(parent, name, abbreviation, level, province);
    }

    /** Its abbreviation in the ký hiệu ({@code SNV}), or {@code null}. */
    public IssuerBuilder abbreviation(String abbreviation) {
        return new IssuerBuilder(parent, name, abbreviation, level, province);
    }

    /** Its level, or {@code null}. */
    public IssuerBuilder level(AdministrativeLevel level) {
        return new IssuerBuilder(parent, name, abbreviation, level, province);
    }

    /** Its province, or {@code null}. */
    public IssuerBuilder province(String province) {
        return new IssuerBuilder(parent, name, abbreviation, level, province);
    }

    /** The {@link Issuer}. */
    public Issuer build() {
        return new Issuer(parent, name, abbreviation, level, province);
    }
}
