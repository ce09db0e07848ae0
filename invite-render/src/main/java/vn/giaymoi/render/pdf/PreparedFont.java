package vn.giaymoi.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.giaymoi.render.pdf.PdfFonts.Face;

/**
 * Phông chữ chuẩn bị sẵn (a prepared font): one face subset once per process to the characters the product writes
 * (Latin, Vietnamese, the typographic punctuation of administrative documents), its font program already compressed,
 * and copied into each document as it is. Subsetting and compressing the fonts for every document was most of a PDF's
 * cost. A document whose text has a character outside this repertoire draws that text with a font subset for it (see
 * {@link PdfCanvas}). PDFBox builds the subset (with CIDs equal to the full font's glyph ids), so the dictionaries are
 * PDFBox's own. Immutable once built; each document gets its own copy of the objects.
 */
final class PreparedFont {
    private static final PreparedFont[] FACES = new PreparedFont[Face.values().length];
    /** One lock per face: a thread preparing one face does not hold up a document that needs another one ready. */
    private static final Object[] LOCKS = java.util.stream.Stream.generate(Object::new).limit(FACES.length).toArray();

    private final COSDictionary template;
    private final Map<COSStream, byte[]> encoded;
    private final BitSet covered;

    private PreparedFont(COSDictionary template, Map<COSStream, byte[]> encoded, BitSet covered) {
        this.template = template;
        this.encoded = encoded;
        this.covered = covered;
    }

    /** The prepared subset of {@code face}, built on first use (the fallback face has none: its use is rare). */
    static PreparedFont of(Face face) {
        synchronized (LOCKS[face.ordinal()]) {
            PreparedFont f = FACES[face.ordinal()];
            if (f == null) {
                f = prepare(face);
                FACES[face.ordinal()] = f;
            }
            return f;
        }
    }

    /** Whether every character of {@code text} is in this subset. */
    boolean covers(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (!covered.get(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** A copy of the font's dictionaries and streams for {@code doc}: the Type 0 font dictionary to put in a page's resources. */
    COSDictionary copyFor(PDDocument doc) {
        return (COSDictionary) copy(template, doc);
    }

    private COSBase copy(COSBase base, PDDocument doc) {
        COSBase b = base instanceof COSObject o ? o.getObject() : base;
        if (b instanceof COSStream s) {
            COSStream c = doc.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> e : s.entrySet()) {
                if (!COSName.LENGTH.equals(e.getKey())) c.setItem(e.getKey(), copy(e.getValue(), doc));
            }
            try (OutputStream out = c.createRawOutputStream()) {
                out.write(encoded.get(s));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return c;
        }
        if (b instanceof COSDictionary d) {
            COSDictionary c = new COSDictionary();
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) c.setItem(e.getKey(), copy(e.getValue(), doc));
            return c;
        }
        if (b instanceof COSArray a) {
            COSArray c = new COSArray();
            for (int i = 0; i < a.size(); i++) c.add(copy(a.get(i), doc));
            return c;
        }
        if (b instanceof COSString s) return new COSString(s.getBytes());
        return b; // names, numbers, booleans, null: immutable, shared
    }

    private static PreparedFont prepare(Face face) {
        BitSet covered = new BitSet();
        if (face != Face.FALLBACK) {
            for (int c : repertoire().stream().toArray()) {
                if (PdfFonts.drawing(face, c) == face) covered.set(c);
            }
        }
        try (PDDocument scratch = new PDDocument()) {
            PDType0Font font = PDType0Font.load(scratch, PdfFonts.parsed(face), true);
            covered.stream().forEach(font::addToSubset);
            font.subset();
            Map<COSStream, byte[]> encoded = new IdentityHashMap<>();
            keep(font.getCOSObject(), encoded);
            return new PreparedFont(font.getCOSObject(), encoded, covered);
        } catch (IOException e) {
            throw new UncheckedIOException("không chuẩn bị được phông chữ " + face.path, e);
        }
    }

    /** Reads every stream's encoded bytes while the scratch document is open. */
    private static void keep(COSBase base, Map<COSStream, byte[]> encoded) throws IOException {
        COSBase b = base instanceof COSObject o ? o.getObject() : base;
        if (b instanceof COSStream s && !encoded.containsKey(s)) {
            try (InputStream in = s.createRawInputStream()) {
                encoded.put(s, in.readAllBytes());
            }
        }
        if (b instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) keep(v, encoded);
        } else if (b instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) keep(a.get(i), encoded);
        }
    }

    /**
     * The characters the product writes: printable ASCII and Latin-1, the Vietnamese letters (Đđ Ĩĩ Ũũ Ơơ Ưư and
     * Latin Extended Additional's Ạ–ỹ), general punctuation (dashes, quotes, ellipsis, bullet), ₫, € and №.
     */
    static BitSet repertoire() {
        BitSet r = new BitSet();
        r.set(0x20, 0x7F);
        r.set(0xA0, 0x100);
        for (int c : new int[] {0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0,
                0x20AB, 0x20AC, 0x2116}) {
            r.set(c);
        }
        r.set(0x1EA0, 0x1EFA);
        r.set(0x2010, 0x2027);
        r.set(0x2030, 0x203B);
        return r;
    }
}
