package vn.giaymoi.domain.lifecycle;

import java.util.Locale;

/**
 * Văn bản xử lý sau ban hành (what may follow an issued invitation). Each is a new document, drafted from the
 * original and numbered in its own series; the original is never changed (NĐ 30/2020/NĐ-CP, Điều 18.3).
 */
public enum FollowUpKind {
    /** Đính chính: a công văn of the issuing body corrects a mistake of form or presentation (Điều 18.3). */
    CORRECTION("correction", "đính chính", false, false),
    /** Thay thế: a document of the same kind replaces one with a mistake of content (Điều 18.3). */
    REPLACEMENT("replacement", "thay thế", true, false),
    /** Hoãn: the meeting is put off to a new time; a new giấy mời gives it. */
    POSTPONEMENT("postponement", "hoãn", true, true),
    /** Thay đổi: the time or the place changes; a new giấy mời gives it. */
    CHANGE("change", "thay đổi thời gian, địa điểm", true, true),
    /** Hủy: a công văn tells that the meeting will not take place. */
    CANCELLATION("cancellation", "hủy", false, true);

    private final String wire;
    private final String vietnamese;
    private final boolean sameKind;
    private final boolean reschedules;

    FollowUpKind(String wire, String vietnamese, boolean sameKind, boolean reschedules) {
        this.wire = wire;
        this.vietnamese = vietnamese;
        this.sameKind = sameKind;
        this.reschedules = reschedules;
    }

    /** The name in the API: {@code correction}, {@code replacement}, … */
    public String wire() {
        return wire;
    }

    /** The Vietnamese name: đính chính, thay thế, … */
    public String vietnamese() {
        return vietnamese;
    }

    /** True when the follow-up is a document of the original's kind (a giấy mời), false for a công văn. */
    public boolean sameKind() {
        return sameKind;
    }

    /**
     * True when the meeting's calendar entry follows the new document: a postponement or change moves the same event
     * (same UID, higher SEQUENCE), a cancellation cancels it.
     */
    public boolean movesTheCalendar() {
        return reschedules;
    }

    /** Reads the API name; {@code null} when unknown. */
    public static FollowUpKind ofWire(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (FollowUpKind k : values()) if (k.wire.equals(t)) return k;
        return null;
    }
}
