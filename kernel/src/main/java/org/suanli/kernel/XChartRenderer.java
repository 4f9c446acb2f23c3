package org.suanli.kernel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Built-in renderer for XChart charts. PNG is drawn at twice the chart's size and shown at its size (the
 * {@code width} metadata), so it is sharp on high-density screens and in HTML exports. SVG, made on request
 * ({@code display(chart, "image/svg+xml")}) with VectorGraphics2D, loses its {@code <?xml …?>} prolog and
 * DOCTYPE, which break nbconvert and inline HTML.
 */
public final class XChartRenderer implements Renderer {

    /** The pixel ratio of PNG output. */
    public static final int SCALE = 2;

    private static final Pattern PROLOG = Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("^\\s*<!DOCTYPE[^>]*>\\s*");

    @Override
    public boolean supports(Object value) {
        return value instanceof Chart<?, ?>;
    }

    @Override
    public DisplayData render(Object value, Set<String> mimeTypes) throws IOException {
        Chart<?, ?> chart = (Chart<?, ?>) value;
        int w = chart.getWidth();
        int h = chart.getHeight();
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        boolean wantSvg = mimeTypes.contains("image/svg+xml");
        boolean wantPng = mimeTypes.isEmpty() || mimeTypes.contains("image/png");
        if (wantPng) {
            data.put("image/png", Base64.getEncoder().encodeToString(png(chart, SCALE)));
            meta.put("image/png", Map.of("width", w, "height", h));
        }
        if (wantSvg) {
            data.put("image/svg+xml", svg(chart));
        }
        String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "" : " '" + chart.getTitle() + "'";
        data.put("text/plain", chart.getClass().getSimpleName() + title + " (" + w + "×" + h + ")");
        return new DisplayData(data, meta);
    }

    /** The chart drawn at {@code scale} times its size, as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart, int scale) throws IOException {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage img = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        return ImageRenderer.png(img);
    }

    /** The chart as SVG text without prolog or DOCTYPE. */
    public static String svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        return stripProlog(out.toString(StandardCharsets.UTF_8));
    }

    /** Removes a leading {@code <?xml …?>} declaration and DOCTYPE. */
    public static String stripProlog(String svg) {
        String s = PROLOG.matcher(svg).replaceFirst("");
        return DOCTYPE.matcher(s).replaceFirst("");
    }
}
