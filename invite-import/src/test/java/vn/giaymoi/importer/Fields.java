package vn.giaymoi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;

/**
 * Trường của giấy mời (an invitation as field path → value), for scoring an import field by field. A point's
 * wording is compared as printed (its placeholders filled in): two templates that print the same sentence
 * ({@code {date}} and {@code {date:dd/MM/yyyy}} for 06/11/2021) say the same thing.
 */
final class Fields {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fields() {}

    /** @param plain compare wording without emphasis (a text file has none) */
    static Map<String, String> of(Invitation inv, boolean plain) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(FORMAT.write(inv, Syntax.JSON));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> printed = new LinkedHashMap<>();
        for (Outline.Entry e : inv.outline().flatten()) {
            printed.put(e.path(), plain ? e.text().plain() : e.text().markup());
        }
        flatten(tree, "", out, printed, plain);
        typedMarkers(out);
        return out;
    }

    /**
     * A point whose wording begins with a marker ({@code * Ghi chú:} with no marker) prints exactly as a point with
     * that marker and the rest of the wording: both are compared as the latter.
     */
    private static void typedMarkers(Map<String, String> out) {
        for (String path : List.copyOf(out.keySet())) {
            if (!path.endsWith(".text") || !path.matches(".*(body|points)\\[\\d+]\\.text")) continue;
            String base = path.substring(0, path.length() - ".text".length());
            String marker = out.get(base + ".marker");
            if (marker != null && !marker.equals("NONE")) continue;
            String[] m = vn.giaymoi.importer.Outline.markerOf(out.get(path), null);
            if (m == null) continue;
            out.put(base + ".marker", vn.giaymoi.domain.invitation.Marker.fromSample(m[0]).name());
            out.put(path, m[1]);
        }
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out, Map<String, String> printed,
            boolean plain) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String here = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getKey().equals("text") && printed.containsKey(path)) {
                    out.put(here, printed.get(path));
                } else if (e.getKey().equals("marker")) {
                    out.put(here, vn.giaymoi.domain.invitation.Marker.fromSample(e.getValue().asText()).name());
                } else {
                    flatten(e.getValue(), here, out, printed, plain);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) flatten(node.get(i), path + "[" + i + "]", out, printed, plain);
        } else {
            String v = node.asText();
            if (plain && (path.equals("subject") || path.startsWith("opening.text") || path.startsWith("addressees")
                    || path.startsWith("distribution"))) {
                v = vn.giaymoi.domain.text.RichText.of(v).plain();
            }
            out.put(path, v);
        }
    }

    /**
     * In a text file an opening prints as an unmarked paragraph, like an unmarked first point: when no marked point
     * follows it, which of the leading paragraphs opens cannot be read from the text. Both sides of a text round trip
     * are compared with such an opening written as the first point (the paragraphs, their order and wording still
     * compared).
     */
    static Map<String, String> openingAsPoint(Map<String, String> fields) {
        String opening = fields.get("opening.text");
        String firstMarker = fields.get("body[0].marker");
        if (opening == null || firstMarker != null && !firstMarker.equals("NONE")) return fields;
        Map<String, String> out = new LinkedHashMap<>();
        java.util.regex.Pattern body = java.util.regex.Pattern.compile("^body\\[(\\d+)](.*)$");
        fields.forEach((k, v) -> {
            if (k.equals("opening.text")) {
                out.put("body[0].text", v);
                return;
            }
            java.util.regex.Matcher m = body.matcher(k);
            out.put(m.matches() ? "body[" + (Integer.parseInt(m.group(1)) + 1) + "]" + m.group(2) : k, v);
        });
        return out;
    }

    /** Paths whose value differs or is missing in {@code got}, and paths {@code got} has that were not expected. */
    static List<String> differences(Map<String, String> expected, Map<String, String> got) {
        List<String> out = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!v.equals(got.get(k))) out.add(k + ": expected «" + v + "» got «" + got.get(k) + "»");
        });
        got.forEach((k, v) -> {
            if (!expected.containsKey(k)) out.add(k + ": unexpected «" + v + "»");
        });
        return out;
    }
}
