package org.suanli.kernel;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

/** Built-in renderer: any {@link RenderedImage} (a {@code BufferedImage}, say) as {@code image/png}. */
public final class ImageRenderer implements Renderer {

    @Override
    public boolean supports(Object value) {
        return value instanceof RenderedImage;
    }

    @Override
    public DisplayData render(Object value, Set<String> mimeTypes) throws IOException {
        RenderedImage img = (RenderedImage) value;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("image/png", Base64.getEncoder().encodeToString(png(img)));
        data.put("text/plain", "image " + img.getWidth() + "×" + img.getHeight());
        return new DisplayData(data, Map.of("image/png", Map.of("width", img.getWidth(), "height", img.getHeight())));
    }

    static byte[] png(RenderedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", out)) {
            throw new IOException("no PNG writer for this image type");
        }
        return out.toByteArray();
    }
}
