package vn.giaymoi.render.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.render.pdf.PdfFonts.Face;

/**
 * Ngắt dòng (line breaking): styled text broken into lines of a width, at spaces only, as Vietnamese is written
 * (a reference such as {@code 49/QĐ-UBND} or a date such as {@code 14/5/2024} stays on one line); a word longer than
 * the line is cut where it must be. White space collapses to one space, as in HTML; with {@code keepBreaks} a line
 * break of the text is kept (CSS {@code white-space: pre-line}). Widths come from {@link PdfFonts}' tables.
 */
final class TextLines {
    private TextLines() {}

    /** A run of text in one face, as written. */
    record Span(String text, Face face) {}

    /** Text in one face that has every glyph of it. */
    record Piece(Face face, String text) {}

    /** A word: its pieces, its width, and the width of the space after it (in points). */
    record Word(List<Piece> pieces, float width, float space) {}

    /**
     * One line: its words, its natural width with single spaces, and whether it ends a paragraph or a kept break
     * (such a line is not justified).
     */
    record Line(List<Word> words, float width, boolean last) {}

    /** {@code text} as one line, its spaces kept (CSS {@code white-space: pre}). */
    static Line single(String text, Face face, float size) {
        WordBuilder word = new WordBuilder(size);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            word.add(face, c);
        }
        Word w = word.finish(0);
        return new Line(List.of(w), w.width(), true);
    }

    static List<Line> lines(List<Span> spans, float size, float width, float firstIndent, boolean keepBreaks) {
        Breaker out = new Breaker(size, width, firstIndent);
        WordBuilder word = new WordBuilder(size);
        for (Span span : spans) {
            String t = span.text();
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                i += Character.charCount(c);
                boolean kept = c == '\n' && keepBreaks;
                if (kept || Character.isWhitespace(c)) {
                    // no space hangs before a kept break
                    if (!word.isEmpty()) out.place(word.finish(kept ? 0 : PdfFonts.width(span.face(), ' ') * size));
                    if (kept) out.breakLine();
                } else {
                    word.add(span.face(), c);
                }
            }
        }
        if (!word.isEmpty()) out.place(word.finish(0));
        return out.finish();
    }

    /** Fills lines with words: the lines so far, and the current line's words, width and pending space. */
    private static final class Breaker {
        private final float size;
        private final float width;
        private final float firstIndent;
        private final List<Line> lines = new ArrayList<>();
        private final List<Word> words = new ArrayList<>();
        private float lineWidth;
        private float pendingSpace;

        Breaker(float size, float width, float firstIndent) {
            this.size = size;
            this.width = width;
            this.firstIndent = firstIndent;
        }

        /** Puts {@code w} after the current line's words, or starts a new line when it does not fit. */
        void place(Word w) {
            float avail = width - (lines.isEmpty() ? firstIndent : 0);
            if (!words.isEmpty() && lineWidth + pendingSpace + w.width() + w.space() > avail + 0.01f) {
                endLine(false);
                avail = width;
            }
            placeWord(w, avail);
            pendingSpace = w.space();
        }

        /** A kept line break: the current line ends there, unjustified. */
        void breakLine() {
            if (!words.isEmpty()) endLine(true);
        }

        List<Line> finish() {
            if (!words.isEmpty()) endLine(true);
            return lines;
        }

        private void endLine(boolean last) {
            lines.add(new Line(List.copyOf(words), lineWidth, last));
            words.clear();
            lineWidth = 0;
            pendingSpace = 0;
        }

        /** Puts {@code w} on the current line, cutting it first when it alone is wider than the line. */
        private void placeWord(Word w, float avail) {
            float at = lineWidth + pendingSpace;
            if (!words.isEmpty() || w.width() <= avail + 0.01f) {
                words.add(w);
                lineWidth = at + w.width();
                return;
            }
            // a word wider than the line (CSS word-wrap: break-word): full lines of it, then the rest goes on
            List<Piece> rest = new ArrayList<>();
            float restWidth = 0;
            for (Piece p : w.pieces()) {
                for (int i = 0; i < p.text().length(); ) {
                    int c = p.text().codePointAt(i);
                    i += Character.charCount(c);
                    float cw = PdfFonts.width(p.face(), c) * size;
                    if (restWidth + cw > avail && restWidth > 0) {
                        lines.add(new Line(List.of(new Word(List.copyOf(rest), restWidth, 0)), restWidth, false));
                        rest.clear();
                        restWidth = 0;
                        avail = width;
                    }
                    append(rest, p.face(), c);
                    restWidth += cw;
                }
            }
            words.add(new Word(List.copyOf(rest), restWidth, w.space()));
            lineWidth = restWidth;
        }
    }

    private static void append(List<Piece> pieces, Face face, int c) {
        String s = new String(Character.toChars(c));
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).face() == face) pieces.set(last, new Piece(face, pieces.get(last).text() + s));
        else pieces.add(new Piece(face, s));
    }

    /** Gathers one word's characters into pieces of the face that has their glyphs. */
    private static final class WordBuilder {
        private final float size;
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Face face;
        private float width;

        WordBuilder(float size) {
            this.size = size;
        }

        boolean isEmpty() {
            return pieces.isEmpty() && text.length() == 0;
        }

        void add(Face wanted, int codePoint) {
            int c = PdfFonts.drawable(wanted, codePoint);
            Face f = PdfFonts.drawing(wanted, c);
            if (f != face && text.length() > 0) flush();
            face = f;
            text.appendCodePoint(c);
            width += PdfFonts.width(wanted, c) * size;
        }

        private void flush() {
            pieces.add(new Piece(face, text.toString()));
            text.setLength(0);
        }

        Word finish(float space) {
            if (text.length() > 0) flush();
            Word w = new Word(List.copyOf(pieces), width, space);
            pieces.clear();
            width = 0;
            face = null;
            return w;
        }
    }
}
