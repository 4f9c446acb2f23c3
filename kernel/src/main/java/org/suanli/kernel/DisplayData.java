package org.suanli.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rich output: the same thing in several MIME types, so every front end picks the best it can show
 * (JupyterLab shows SVG only in trusted notebooks, so charts carry PNG too).
 *
 * <p>Values in {@code data} are Strings (binary types such as {@code image/png} already base64-encoded,
 * as nbformat stores them), or, for JSON types ({@code application/json}, {@code *+json}), plain
 * {@code Map}/{@code List}/String/Number/Boolean trees the protocol layer can serialise. {@code metadata}
 * follows the same rule, keyed by MIME type where Jupyter wants it (e.g. {@code {"image/png": {"width": 800}}}).
 *
 * @param data      MIME type to content, in preference order; never empty for a real output
 * @param metadata  MIME type (or top-level key) to metadata
 * @param displayId the display's id when it can later be updated ({@code transient.display_id}), else null
 */
public record DisplayData(Map<String, Object> data, Map<String, Object> metadata, String displayId) {

    public DisplayData {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public DisplayData(Map<String, Object> data, Map<String, Object> metadata) {
        this(data, metadata, null);
    }

    /** Plain text only. */
    public static DisplayData text(String text) {
        return new DisplayData(Map.of("text/plain", text), Map.of(), null);
    }

    /** The same data under a display id, so that {@code updateDisplay} can replace it later. */
    public DisplayData withDisplayId(String id) {
        return new DisplayData(data, metadata, id);
    }

    /** The content for one MIME type, or null. */
    public Object get(String mimeType) {
        return data.get(mimeType);
    }

    /** The text/plain form, or null. */
    public String plainText() {
        Object t = data.get("text/plain");
        return t == null ? null : t.toString();
    }
}
