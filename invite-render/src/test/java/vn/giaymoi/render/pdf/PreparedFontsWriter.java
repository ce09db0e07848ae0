package vn.giaymoi.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.giaymoi.render.layout.GlyphTables;
import vn.giaymoi.render.pdf.PdfFonts.Face;

/**
 * Builds the two font resources from the font files. {@link GlyphTables#RESOURCE}: per face its units per em, hhea
 * ascender and descender, the glyph ids and then the advances (glyph 0's where there is none) of the code points
 * below {@link GlyphTables#TABLE}. {@link PdfFonts#PREPARED}: per face its {@link PreparedFont} (the covered characters,
 * then the Type 0 font dictionary PDFBox makes when it subsets the face to them, streams decoded). The bytes depend
 * only on the fonts and PDFBox's subsetter, so {@code PreparedFontsResourceTest} compares them with the resources.
 * Run {@code main} with the two resources' paths to write them again after a font or PDFBox upgrade.
 */
final class PreparedFontsWriter {
    private PreparedFontsWriter() {}

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), glyphTables());
        Files.write(Path.of(args[1]), preparedFonts());
    }

    private static TrueTypeFont[] fonts() throws IOException {
        TrueTypeFont[] fonts = new TrueTypeFont[Face.values().length];
        for (Face f : Face.values()) fonts[f.ordinal()] = PdfFonts.parse(PdfFonts.withoutGsub(PdfFonts.read(f.path)));
        return fonts;
    }

    /** {@link GlyphTables#RESOURCE}. */
    static byte[] glyphTables() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
        DataOutputStream out = new DataOutputStream(bytes);
        for (TrueTypeFont ttf : fonts()) {
            out.writeShort(ttf.getUnitsPerEm());
            out.writeShort(ttf.getHorizontalHeader().getAscender());
            out.writeShort(ttf.getHorizontalHeader().getDescender());
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c = 0; c < GlyphTables.TABLE; c++) out.writeChar(cmap.getGlyphId(c));
            for (int c = 0; c < GlyphTables.TABLE; c++) out.writeChar(ttf.getAdvanceWidth(cmap.getGlyphId(c)));
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** {@link PdfFonts#PREPARED}. */
    static byte[] preparedFonts() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
        DataOutputStream out = new DataOutputStream(bytes);
        TrueTypeFont[] fonts = fonts();
        for (Face f : Face.values()) {
            BitSet covered = covered(f, fonts);
            long[] bits = covered.toLongArray();
            out.writeInt(bits.length);
            for (long b : bits) out.writeLong(b);
            try (PDDocument scratch = new PDDocument()) {
                PDType0Font font = PDType0Font.load(scratch, fonts[f.ordinal()], true);
                covered.stream().forEach(font::addToSubset);
                font.subset();
                write(font.getCOSObject(), out);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** The repertoire's characters that {@code face} draws itself (for the fallback, its own repertoire). */
    private static BitSet covered(Face face, TrueTypeFont[] fonts) throws IOException {
        BitSet wanted = face == Face.FALLBACK ? PreparedFont.fallbackRepertoire() : PreparedFont.repertoire();
        BitSet covered = new BitSet();
        for (int c = wanted.nextSetBit(0); c >= 0; c = wanted.nextSetBit(c + 1)) {
            if (fonts[face.ordinal()].getUnicodeCmapLookup().getGlyphId(c) != 0) covered.set(c);
        }
        return covered;
    }

    private static void write(COSBase base, DataOutputStream out) throws IOException {
        COSBase b = base instanceof COSObject o ? o.getObject() : base;
        if (b instanceof COSDictionary d) {
            out.writeByte(b instanceof COSStream ? PreparedFont.STREAM : PreparedFont.DICTIONARY);
            int entries = 0;
            for (COSName k : d.keySet()) if (!COSName.LENGTH.equals(k)) entries++;
            out.writeInt(entries);
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                if (COSName.LENGTH.equals(e.getKey())) continue;
                out.writeUTF(e.getKey().getName());
                write(e.getValue(), out);
            }
            if (b instanceof COSStream s) {
                try (InputStream in = s.createInputStream()) {
                    byte[] data = in.readAllBytes();
                    out.writeInt(data.length);
                    out.write(data);
                }
            }
        } else if (b instanceof COSArray a) {
            out.writeByte(PreparedFont.ARRAY);
            out.writeInt(a.size());
            for (int i = 0; i < a.size(); i++) write(a.get(i), out);
        } else if (b instanceof COSName n) {
            out.writeByte(PreparedFont.NAME);
            out.writeUTF(n.getName());
        } else if (b instanceof COSInteger i) {
            out.writeByte(PreparedFont.INTEGER);
            out.writeLong(i.longValue());
        } else if (b instanceof COSFloat f) {
            out.writeByte(PreparedFont.REAL);
            out.writeFloat(f.floatValue());
        } else if (b instanceof COSString s) {
            out.writeByte(PreparedFont.STRING);
            out.writeBoolean(s.getForceHexForm());
            out.writeInt(s.getBytes().length);
            out.write(s.getBytes());
        } else if (b instanceof COSBoolean v) {
            out.writeByte(PreparedFont.BOOLEAN);
            out.writeBoolean(v.getValue());
        } else if (b == null || b instanceof COSNull) {
            out.writeByte(PreparedFont.NULL);
        } else {
            throw new IllegalArgumentException("không ghi được " + b.getClass().getSimpleName());
        }
    }
}
