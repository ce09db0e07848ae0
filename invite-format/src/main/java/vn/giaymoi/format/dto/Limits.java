package vn.giaymoi.format.dto;

/**
 * Giới hạn độ dài (size limits of the input format), in characters or list items: far above any real giấy mời,
 * small enough that one request's work stays bounded. The store's columns are no narrower (the issuer key is
 * {@code parent + " / " + name} in {@code VARCHAR(500)}, the ký hiệu in {@code VARCHAR(200)}), so what the reader
 * accepts the store saves. The annotations of the dto records use these, and the JSON Schema states the same numbers
 * (a test keeps them equal).
 */
public final class Limits {
    /** A code ({@code giay-moi}, {@code tinh}, {@code KHAN}). */
    public static final int CODE = 40;
    /** A short name: a province, a place, an abbreviation, a signer. */
    public static final int SHORT = 100;
    /** The parent body ({@code UBND TỈNH HÀ TĨNH}), an authority line or a title. */
    public static final int LINE = 200;
    /** The issuing body's name, with its line breaks. */
    public static final int ISSUER_NAME = 250;
    /** {@code number:}: the ký hiệu must fit the register's column of 200. */
    public static final int NUMBER = 200;
    /** A name, a unit, an entry of Kính gửi or Nơi nhận. */
    public static final int ENTRY = 500;
    /** The trích yếu, an agenda topic, a deliverable. */
    public static final int SUBJECT = 2_000;
    /** One paragraph: the opening or a point's wording. */
    public static final int PARAGRAPH = 5_000;
    /** Entries of a list of names: Kính gửi, Nơi nhận, units, coordinating bodies. */
    public static final int ENTRIES = 200;
    /** Points of one level of the content. */
    public static final int POINTS = 200;
    /** Short lists: cited documents, authority lines, deadlines. */
    public static final int FEW = 50;

    private Limits() {}
}
