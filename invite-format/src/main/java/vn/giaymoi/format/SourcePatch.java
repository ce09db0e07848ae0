package vn.giaymoi.format;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.Language;

/**
 * Sửa tại chỗ (in-place edit): turns a change of an invitation into text edits of the file it was read from, so
 * everything the change does not touch (comments, blank lines, quoting, wrapping, key order) stays byte for byte.
 *
 * <p>The two versions are compared as input-format trees; every changed value must be a scalar written in the file
 * at the same field path, and only the changed characters of it are replaced (found by their unchanged
 * neighbours inside that scalar). The edited text is read back and must give exactly the changed invitation;
 * otherwise the result says why the change cannot be made in place, and the caller decides what to do.
 */
public final class SourcePatch {
    /** The input-format tree of an invitation: the same names and value forms the file uses. */
    private static final ObjectMapper TREE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** Widest unchanged context tried on each side of a change to find it exactly once in its scalar. */
    private static final int MAX_CONTEXT = 80;

    private SourcePatch() {}

    /** What patching gave. */
    public sealed interface Result permits Patched, NotInPlace {}

    /**
     * The file's text with the change made in place.
     *
     * @param text the whole new text
     * @param edits how many values were edited
     */
    public record Patched(String text, int edits) implements Result {}

    /**
     * The change cannot be made exactly in place.
     *
     * @param path the field path where it could not, or empty
     * @param reason why
     */
    public record NotInPlace(String path, Reason reason) implements Result {
        /** {@code distribution: the fix adds or removes a line}, in {@code language}. */
        public String describe(Language language) {
            return (path.isEmpty() ? "" : path + ": ") + reason.say(language);
        }
    }

    /** Why a change cannot be made in place. */
    public enum Reason {
        STRUCTURE("sửa này thêm, bỏ hoặc đổi kiểu một khóa hay một mục", "the fix adds, removes or retypes a key or an item"),
        NOT_WRITTEN("giá trị này không được viết riêng trong tệp", "the value is not written on its own in the file"),
        NOT_FOUND("không xác định được đúng chỗ cần sửa trong giá trị", "the changed characters cannot be found exactly in the value"),
        OVERLAP("hai chỗ sửa chồng lên nhau", "two edits overlap"),
        READS_OTHERWISE("tệp sửa tại chỗ đọc lại không đúng với bản đã sửa", "the edited file does not read back as the fixed invitation");

        private final String vi;
        private final String en;

        Reason(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        public String say(Language language) {
            return language == Language.EN ? en : vi;
        }
    }

    /** One value to change: where in the tree, its old text and its new node. */
    private record Change(String path, String before, JsonNode after) {}

    /** Replace {@code [start, end)} of the text with {@code replacement}. */
    private record Edit(int start, int end, String replacement) {}

    /**
     * Makes the change {@code before} → {@code after} in {@code source}, the text {@code before} was read from.
     *
     * @param format the reader that checks the edited text
     */
    public static Result apply(InvitationFormat format, String source, Syntax syntax, Invitation before, Invitation after) {
        boolean bom = source.startsWith("\uFEFF");
        String text = bom ? source.substring(1) : source;
        List<Change> changes = new ArrayList<>();
        Optional<NotInPlace> structural = diff(tree(before), tree(after), "", changes);
        if (structural.isPresent()) return structural.get();
        if (changes.isEmpty()) return new Patched(source, 0);
        SourcePositions positions = SourcePositions.of(text, syntax);
        Result minimal = patch(format, bom, text, syntax, changes, positions, after, true);
        // a bare value whose new characters YAML reads otherwise (a ': ' or ',' in a {…} block) is written anew, quoted
        return minimal instanceof Patched ? minimal : patch(format, bom, text, syntax, changes, positions, after, false);
    }

    private static Result patch(InvitationFormat format, boolean bom, String text, Syntax syntax, List<Change> changes,
            SourcePositions positions, Invitation after, boolean minimal) {
        List<Edit> edits = new ArrayList<>();
        for (Change c : changes) {
            Optional<SourcePositions.Scalar> scalar = positions.scalar(c.path());
            if (scalar.isEmpty()) return new NotInPlace(c.path(), Reason.NOT_WRITTEN);
            Optional<Edit> edit = edit(text, scalar.get(), c, syntax, minimal);
            if (edit.isEmpty()) return new NotInPlace(c.path(), Reason.NOT_FOUND);
            edits.add(edit.get());
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : edits) {
            if (e.end() > limit) return new NotInPlace("", Reason.OVERLAP);
            out.replace(e.start(), e.end(), e.replacement());
            limit = e.start();
        }
        String patched = (bom ? "\uFEFF" : "") + out;
        Parsed again = format.read(patched, syntax, "");
        if (!(again instanceof Parsed.Ok ok) || !ok.invitation().equals(after)) {
            return new NotInPlace("", Reason.READS_OTHERWISE);
        }
        return new Patched(patched, edits.size());
    }

    private static JsonNode tree(Invitation invitation) {
        return TREE.valueToTree(InvitationMapper.toDto(invitation));
    }

    /** Collects the changed scalars; a key or list item added or removed cannot be made in place. */
    private static Optional<NotInPlace> diff(JsonNode a, JsonNode b, String path, List<Change> out) {
        if (a.equals(b)) return Optional.empty();
        if (a.isValueNode() && b.isValueNode() && !a.isNull() && !b.isNull()) {
            out.add(new Change(path, a.asText(), b));
            return Optional.empty();
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path.isEmpty() ? name : path + "." + name;
                if (!a.has(name) || !b.has(name)) {
                    return Optional.of(new NotInPlace(child, Reason.STRUCTURE));
                }
                Optional<NotInPlace> why = diff(a.get(name), b.get(name), child, out);
                if (why.isPresent()) return why;
            }
            return Optional.empty();
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> x = a.elements();
            Iterator<JsonNode> y = b.elements();
            for (int i = 0; x.hasNext(); i++) {
                Optional<NotInPlace> why = diff(x.next(), y.next(), path + "[" + i + "]", out);
                if (why.isPresent()) return why;
            }
            return Optional.empty();
        }
        return Optional.of(new NotInPlace(path, Reason.STRUCTURE));
    }

    /**
     * The text edit for one change: only its changed characters, found inside the scalar by their unchanged
     * neighbours, or (not {@code minimal}, or not found) the whole value written anew in its own quoting when it
     * is on one line.
     */
    private static Optional<Edit> edit(String text, SourcePositions.Scalar scalar, Change c, Syntax syntax, boolean minimal) {
        String written = text.substring(scalar.start(), scalar.end());
        Style style = Style.of(written, syntax);
        String old = c.before();
        String now = c.after().asText();
        int prefix = 0;
        int max = Math.min(old.length(), now.length());
        while (prefix < max && old.charAt(prefix) == now.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) suffix++;
        String removed = old.substring(prefix, old.length() - suffix);
        String inserted = now.substring(prefix, now.length() - suffix);
        if (style.keepsLineBreaksOf(inserted) && (minimal || !style.oneLine())) {
            for (int k = 0; k <= MAX_CONTEXT; k++) {
                String left = old.substring(Math.max(0, prefix - k), prefix);
                String right = old.substring(old.length() - suffix, Math.min(old.length(), old.length() - suffix + k));
                String needle = style.encode(left) + style.encode(removed) + style.encode(right);
                int first = written.indexOf(needle, style.contentStart());
                if (first < 0) break;
                if (written.indexOf(needle, first + 1) < 0) {
                    int at = scalar.start() + first + style.encode(left).length();
                    return Optional.of(new Edit(at, at + style.encode(removed).length(), style.encode(inserted)));
                }
                if (left.length() < k && right.length() < k) break; // no more context on either side
            }
        }
        // a value on one line may be written anew, in its own quoting
        if (written.indexOf('\n') >= 0 || !style.oneLine()) return Optional.empty();
        // a bare text that did not read back bare is quoted; a number stays bare
        String whole = style == Style.PLAIN ? (c.after().isTextual() ? Style.DOUBLE.quote(now) : now) : style.quote(now);
        return Optional.of(new Edit(scalar.start(), scalar.end(), whole));
    }

    /** How a scalar is written. */
    private enum Style {
        PLAIN, SINGLE, DOUBLE, JSON, LITERAL, FOLDED;

        static Style of(String written, Syntax syntax) {
            if (syntax == Syntax.JSON) return written.startsWith("\"") ? JSON : PLAIN;
            if (written.startsWith("\"")) return DOUBLE;
            if (written.startsWith("'")) return SINGLE;
            if (written.startsWith("|")) return LITERAL;
            if (written.startsWith(">")) return FOLDED;
            return PLAIN;
        }

        /** Where the value's own characters start: after the quote or the block header line. */
        int contentStart() {
            return switch (this) {
                case SINGLE, DOUBLE, JSON -> 1;
                default -> 0;
            };
        }

        boolean oneLine() {
            return this != LITERAL && this != FOLDED;
        }

        /** Whether {@code inserted} can be written inside this scalar without re-flowing it. */
        boolean keepsLineBreaksOf(String inserted) {
            return this == DOUBLE || this == JSON || inserted.indexOf('\n') < 0;
        }

        String encode(String value) {
            return switch (this) {
                case DOUBLE, JSON -> new String(JsonStringEncoder.getInstance().quoteAsString(value));
                case SINGLE -> value.replace("'", "''");
                default -> value;
            };
        }

        String quote(String value) {
            return switch (this) {
                case DOUBLE, JSON -> "\"" + encode(value) + "\"";
                case SINGLE -> "'" + encode(value) + "'";
                default -> value;
            };
        }
    }
}
