package vn.giaymoi.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.giaymoi.render.pdf.PdfFonts.Face;

/**
 * Phông chữ chuẩn bị sẵn (a prepared font): one face subset ahead of time to the characters the product writes
 * (Latin, Vietnamese, the typographic punctuation of administrative documents; for the fallback face, the subscript
 * and superscript digits Serif lacks), its font program compressed once per process, and copied into each document
 * as it is. Subsetting and compressing the fonts for every document was most of a PDF's cost. A document whose text
 * has a character outside this repertoire draws that text with a font subset for it (see {@link PdfCanvas}). PDFBox
 * built the subset (with CIDs equal to the full font's glyph ids), so the dictionaries are PDFBox's own; they are
 * kept in {@link PdfFonts#PREPARED} in the form {@link #read} reads. Immutable; each document gets its own copy of
 * the objects.
 */
final class PreparedFont {
    /** Tags of the objects in the resource: dictionary, stream, array, name, integer, real, string, boolean, null. */
    static final byte DICTIONARY = 'd', STREAM = 's', ARRAY = 'a', NAME = 'n', INTEGER = 'i', REAL = 'f', STRING = 't',
            BOOLEAN = 'b', NULL = 'z';

    private final COSDictionary template;
    /** The streams of {@link #template} (dictionaries here) and their encoded bytes. */
    private final Map<COSDictionary, byte[]> encoded;
    private final BitSet covered;

    private PreparedFont(COSDictionary template, Map<COSDictionary, byte[]> encoded, BitSet covered) {
        this.template = template;
        this.encoded = encoded;
        this.covered = covered;
    }

    /** The prepared subset of {@code face}. */
    static PreparedFont of(Face face) {
        return PdfFonts.prepared(face);
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

    private COSBase copy(COSBase b, PDDocument doc) {
        if (b instanceof COSDictionary d) {
            byte[] bytes = encoded.get(d);
            COSDictionary c = bytes == null ? new COSDictionary() : doc.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) c.setItem(e.getKey(), copy(e.getValue(), doc));
            if (bytes != null) {
                try (OutputStream out = ((COSStream) c).createRawOutputStream()) {
                    out.write(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return c;
        }
        if (b instanceof COSArray a) {
            COSArray c = new COSArray();
            for (int i = 0; i < a.size(); i++) c.add(copy(a.get(i), doc));
            return c;
        }
        if (b instanceof COSString s) return new COSString(s.getBytes(), s.getForceHexForm());
        return b; // names, numbers, booleans, null: immutable, shared
    }

    /**
     * Reads one prepared font: the characters it covers (a bit set as longs), then its Type 0 font dictionary. A
     * stream is its dictionary and its decoded bytes, compressed here when the dictionary names FlateDecode.
     */
    static PreparedFont read(DataInputStream in) throws IOException {
        long[] bits = new long[in.readInt()];
        for (int i = 0; i < bits.length; i++) bits[i] = in.readLong();
        Map<COSDictionary, byte[]> encoded = new IdentityHashMap<>();
        COSBase template = object(in, encoded);
        return new PreparedFont((COSDictionary) template, encoded, BitSet.valueOf(bits));
    }

    private static COSBase object(DataInputStream in, Map<COSDictionary, byte[]> encoded) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case DICTIONARY, STREAM -> {
                COSDictionary d = new COSDictionary();
                int entries = in.readInt();
                for (int i = 0; i < entries; i++) d.setItem(COSName.getPDFName(in.readUTF()), object(in, encoded));
                if (tag == STREAM) {
                    byte[] data = in.readNBytes(in.readInt());
                    encoded.put(d, COSName.FLATE_DECODE.equals(d.getDictionaryObject(COSName.FILTER)) ? deflate(data) : data);
                }
                return d;
            }
            case ARRAY -> {
                COSArray a = new COSArray();
                int size = in.readInt();
                for (int i = 0; i < size; i++) a.add(object(in, encoded));
                return a;
            }
            case NAME -> {
                return COSName.getPDFName(in.readUTF());
            }
            case INTEGER -> {
                return COSInteger.get(in.readLong());
            }
            case REAL -> {
                return new COSFloat(in.readFloat());
            }
            case STRING -> {
                boolean hex = in.readBoolean();
                COSString s = new COSString(in.readNBytes(in.readInt()));
                s.setForceHexForm(hex);
                return s;
            }
            case BOOLEAN -> {
                return COSBoolean.getBoolean(in.readBoolean());
            }
            case NULL -> {
                return COSNull.NULL;
            }
            default -> throw new IOException("phông chữ chuẩn bị sẵn hỏng: thẻ " + tag);
        }
    }

    /** Compresses as PDFBox's Flate filter does (zlib at its default level). */
    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
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

    /** What the fallback face is prepared for: the superscript and subscript digits and signs (m², CO₂, H₂O). */
    static BitSet fallbackRepertoire() {
        BitSet r = new BitSet();
        r.set(0x2070, 0x20A0);
        return r;
    }
}
