package org.suanli.kernel;

import java.util.Objects;

/**
 * Encoded image bytes with their MIME type ({@code image/png}, {@code image/jpeg}, {@code image/gif},
 * {@code image/svg+xml}), so a file read from disk is shown without re-encoding.
 *
 * @param width display width in CSS pixels, or 0 for the image's own
 */
public record Image(byte[] bytes, String mimeType, int width) {
    public Image {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
