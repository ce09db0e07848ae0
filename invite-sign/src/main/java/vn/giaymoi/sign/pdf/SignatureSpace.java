package vn.giaymoi.sign.pdf;

/**
 * Khoảng trống ký (the space for the signature in the signature block): on page {@code pageIndex} (0-based), between
 * the signer's title above ({@code top}) and the signer's name below ({@code bottom}), centred on {@code centreX};
 * PDF user-space points, origin bottom left.
 */
public record SignatureSpace(int pageIndex, float centreX, float bottom, float top, float columnWidth) {
    public float height() {
        return top - bottom;
    }
}
