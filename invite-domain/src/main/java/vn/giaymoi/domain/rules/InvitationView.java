package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.text.RichText;

/**
 * Văn bản đã đọc (an invitation read once for a check): the numbered outline, the facts with the paths of their
 * points, the meeting they make up and the printed texts, computed once and handed to every rule. A check of the
 * standard rules used to number the content again in each rule that needed it; the engine now builds one view per
 * check. Immutable, so rules may share it.
 */
public final class InvitationView {
    private final Invitation invitation;
    private final Outline outline;
    private final List<Outline.Entry> entries;
    private final Map<String, Outline.Entry> byPath;
    private final List<Meeting.Located<Fact>> facts;
    private final Meeting meeting;
    private final List<TextScan.Source> content;
    private final List<TextScan.Source> texts;

    private InvitationView(Invitation invitation, Outline outline) {
        this.invitation = invitation;
        this.outline = outline;
        this.entries = outline.flatten();
        Map<String, Outline.Entry> paths = new LinkedHashMap<>();
        List<Meeting.Located<Fact>> located = new ArrayList<>();
        for (Outline.Entry e : entries) {
            paths.put(e.path(), e);
            for (Fact f : e.point().facts()) located.add(new Meeting.Located<>(f, e.path()));
        }
        this.byPath = paths;
        this.facts = List.copyOf(located);
        this.meeting = Meeting.of(outline, invitation.form());
        List<TextScan.Source> c = new ArrayList<>();
        c.add(new TextScan.Source("subject", invitation.subject().plain()));
        if (invitation.opening() != null) c.add(new TextScan.Source("opening.text", invitation.opening().text().plain()));
        for (Outline.Entry e : entries) c.add(new TextScan.Source(e.path(), e.text().plain()));
        this.content = List.copyOf(c);
        List<TextScan.Source> t = new ArrayList<>(content);
        List<RichText> addressees = invitation.addressees().entries();
        for (int i = 0; i < addressees.size(); i++) t.add(new TextScan.Source("addressees[" + i + "]", addressees.get(i).plain()));
        List<RichText> distribution = invitation.distribution().entries();
        for (int i = 0; i < distribution.size(); i++) t.add(new TextScan.Source("distribution[" + i + "]", distribution.get(i).plain()));
        this.texts = List.copyOf(t);
    }

    /** Reads {@code invitation} once: numbers its content and gathers its facts. */
    public static InvitationView of(Invitation invitation) {
        return of(invitation, Invitation::outline);
    }

    /** The seam the tests count outline builds through: {@code outliner} numbers the content, once. */
    static InvitationView of(Invitation invitation, Function<Invitation, Outline> outliner) {
        Objects.requireNonNull(invitation, "invitation");
        return new InvitationView(invitation, outliner.apply(invitation));
    }

    /** The invitation read. */
    public Invitation invitation() {
        return invitation;
    }

    /** The content, numbered. */
    public Outline outline() {
        return outline;
    }

    /** Every numbered point, depth-first in reading order. */
    public List<Outline.Entry> entries() {
        return entries;
    }

    /** The numbered point at {@code path} ({@code body[2].points[0]}), if there is one. */
    public Optional<Outline.Entry> entry(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every fact of the content with the path of the point that carries it, in reading order. */
    public List<Meeting.Located<Fact>> facts() {
        return facts;
    }

    /** The typed facts of the meeting, as {@link Invitation#meeting()} gathers them. */
    public Meeting meeting() {
        return meeting;
    }

    /** The subject, the opening and every point of the content, as printed, with their paths. */
    List<TextScan.Source> content() {
        return content;
    }

    /** The {@link #content()}, then the Kính gửi and the Nơi nhận entries, with their paths. */
    List<TextScan.Source> texts() {
        return texts;
    }
}
