package org.suanli.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Built-in renderer for the kernel's own wrappers: {@link DisplayData} (passed through), {@link Html},
 * {@link Markdown}, {@link Latex} and {@link Image}.
 */
public final class MarkupRenderer implements Renderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public boolean supports(Object value) {
        return value instanceof DisplayData || value instanceof Html || value instanceof Markdown
                || value instanceof Latex || value instanceof Image || value instanceof DisplayHandle;
    }

    @Override
    public DisplayData render(Object value, Set<String> mimeTypes) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        if (value instanceof DisplayData d) {
            return d;
        } else if (value instanceof Html h) {
            data.put("text/html", h.html());
            data.put("text/plain", h.html());
        } else if (value instanceof Markdown m) {
            data.put("text/markdown", m.markdown());
            data.put("text/html", markdownToHtml(m.markdown()));
            data.put("text/plain", m.markdown());
        } else if (value instanceof Latex l) {
            String t = l.latex().strip();
            data.put("text/latex", t.startsWith("$") || t.startsWith("\\[") || t.startsWith("\\begin") ? t : "$$" + t + "$$");
            data.put("text/plain", l.latex());
        } else if (value instanceof Image i) {
            if ("image/svg+xml".equals(i.mimeType())) {
                data.put(i.mimeType(), XChartRenderer.stripProlog(new String(i.bytes(), StandardCharsets.UTF_8)));
            } else {
                data.put(i.mimeType(), Base64.getEncoder().encodeToString(i.bytes()));
            }
            data.put("text/plain", "image (" + i.mimeType() + ", " + i.bytes().length + " bytes)");
            if (i.width() > 0) {
                meta.put(i.mimeType(), Map.of("width", i.width()));
            }
        } else if (value instanceof DisplayHandle h) {
            data.put("text/plain", h.toString());
        }
        return new DisplayData(data, meta);
    }

    /** CommonMark with GFM tables, as the notebook's Markdown cells render. */
    public static String markdownToHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }
}
