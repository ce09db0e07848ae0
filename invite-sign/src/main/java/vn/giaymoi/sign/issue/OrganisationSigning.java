package vn.giaymoi.sign.issue;

import java.net.URI;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.giaymoi.sign.pdf.PngImage;

/**
 * Cấu hình ký số của cơ quan (an organisation's settings for signing at issue time): where its key is, its seal
 * image, the signature image of each signer of its roster (by name, as the profile's {@code signers} write it), and
 * the timestamp authority, if any (then signatures are PAdES B-T).
 */
public record OrganisationSigning(KeyLocation key, PngImage seal, Map<String, PngImage> signatures, Optional<URI> tsa) {
    public OrganisationSigning {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(seal, "seal");
        Map<String, PngImage> byName = new LinkedHashMap<>();
        signatures.forEach((name, image) -> byName.put(normal(name), Objects.requireNonNull(image, "image")));
        signatures = Map.copyOf(byName);
        Objects.requireNonNull(tsa, "tsa");
    }

    /** The signature image of the signer named {@code name} (compared in NFC, spaces collapsed). */
    public Optional<PngImage> signatureOf(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(signatures.get(normal(name)));
    }

    /** A signer's name as compared: NFC, trimmed, single spaces. */
    public static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
