package vn.giaymoi.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.giaymoi.domain.invitation.Confidentiality;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Urgency;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;

/** The four real seed documents: their examples (../examples/seed-NNN.yaml) and texts, and the word comparison. */
public final class Seeds {
    public static final Path EXAMPLES = Path.of("..", "examples");
    /** The seeds, by number. */
    public static final List<String> ALL = List.of("000", "001", "002", "004");

    private Seeds() {}

    /** The fixture giấy mời marked MẬT (ô 10a) and HỎA TỐC (ô 10b). */
    public static Invitation urgentAndSecret() {
        Invitation b = Invitations.aGiayMoi();
        return new Invitation(b.kind(), b.issuer(), b.number(), b.dateLine(), b.subject(), Urgency.HOA_TOC,
                Confidentiality.MAT, b.addressees(), b.opening(), b.body(), b.form(), b.distribution(), b.signature());
    }

    public static Invitation invitation(String seed) {
        Parsed parsed = new InvitationFormat().read(EXAMPLES.resolve("seed-" + seed + ".yaml"));
        return parsed.fold(inv -> inv, problems -> {
            throw new AssertionError("example seed-" + seed + " does not parse: " + problems);
        });
    }

    /** The seed document's text, as transcribed from the real document. */
    public static String text(String seed) {
        String name = "/seeds/seed-" + seed + ".txt";
        try (InputStream in = Seeds.class.getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed words that cannot be matched, in order, against the rendered words (empty when all are). */
    public static List<String> missingInOrder(List<String> seedWords, List<String> renderedWords) {
        List<String> missing = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < seedWords.size(); i++) {
            int found = renderedWords.subList(at, renderedWords.size()).indexOf(seedWords.get(i));
            if (found < 0) {
                missing.add("#" + i + " '" + seedWords.get(i) + "' after '" + (at > 0 ? renderedWords.get(at - 1) : "") + "'");
            } else {
                at += found + 1;
            }
        }
        return missing;
    }

    /**
     * Words after NFC, with markdown emphasis ({@code *}) removed, whitespace collapsed and spaces around {@code /}
     * ignored (a seed's bold number left {@code 5771 /UBND-KSTTHC}, which ND30 writes without the space).
     */
    public static List<String> words(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace("*", "").replaceAll("\\s*/\\s*", "/");
        return Arrays.stream(t.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The seed words missing (or out of order) in {@code rendered}. */
    public static List<String> seedWordsMissingIn(String seed, String rendered) {
        return missingInOrder(words(text(seed)), words(rendered));
    }
}
