package vn.giaymoi.importer.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tệp Word độc hại (hostile Word files) for the import tests of the CLI and the web: each must be refused with a
 * clear message, never read, never a crash or a hang.
 */
public final class HostileWordFiles {
    private HostileWordFiles() {}

    /** A .docx whose document part inflates to 100 MiB from a few hundred KiB. */
    public static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) zip.write(zeros);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code docx} with an external entity naming {@code target} declared, and {@code text} replaced by it. */
    public static byte[] withExternalEntity(byte[] docx, String target, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replaceFirst("\\?>",
                            "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + target + "\">]>")
                            .replace(text, "&xxe;").getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code docx} encrypted with a password, as Word saves it. */
    public static byte[] passwordProtected(byte[] docx) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(bytes);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** An old binary Word file (.doc): an OLE2 container with a WordDocument stream. */
    public static byte[] oldBinaryDoc() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
