package org.suanli.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a library says about an object it made, beyond the object itself: a caption (where its numbers come
 * from), marks on single table cells, and the settings that produced it. The kernel shows the caption under
 * the output, marks the cells visibly, and records both in the output's metadata ({@code metadata.suanli}),
 * where the HTML report finds them.
 *
 * <p>The kernel knows no library, and a library need not depend on the kernel: an annotator is any class with a
 * public no-argument constructor implementing the JDK's {@code Function<Object, Map<String, ?>>}, listed in
 * {@value #RESOURCE} of its jar. For an object it knows, it returns a map with any of these keys (JDK types
 * only); for others, null or an empty map:
 * <ul>
 *   <li>{@code "caption"}: a String, for example "values: 5 stated, 863 reconstructed";</li>
 *   <li>{@code "marks"}: a {@code BiFunction<Integer, String, String>} from (row, column name) of a table to a
 *       short mark ("r") or null;</li>
 *   <li>{@code "markTitles"}: a {@code Map<String, String>} from a mark to its meaning ("r" → "reconstructed");</li>
 *   <li>{@code "settings"}: a {@code Map<String, String>}, the settings that produced the object;</li>
 *   <li>{@code "shown"}: an object to render in the value's place, of the same shape (a table with the same rows and
 *       columns, so marks still apply), e.g. the table with its labels in the reader's language. The caption, marks
 *       and settings are still those said of the value itself.</li>
 * </ul>
 *
 * @param caption    null for none
 * @param marks      null for none
 * @param markTitles the meaning of each mark
 * @param settings   empty for none
 */
public record DisplayAnnotation(String caption, BiFunction<Integer, String, String> marks,
                                Map<String, String> markTitles, Map<String, String> settings) {

    /** Where a jar lists its annotator classes, one per line. */
    public static final String RESOURCE = "META-INF/suanli/display-annotators";

    /** No annotation. */
    public static final DisplayAnnotation NONE = new DisplayAnnotation(null, null, Map.of(), Map.of());

    public DisplayAnnotation {
        markTitles = markTitles == null ? Map.of() : Map.copyOf(markTitles);
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public boolean isEmpty() {
        return caption == null && marks == null && settings.isEmpty();
    }

    /** The mark of a table cell, or null. A failing mark function marks nothing. */
    public String mark(int row, String column) {
        if (marks == null) {
            return null;
        }
        try {
            return marks.apply(row, column);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The annotators listed by the jars of {@code loader}; one that cannot be loaded is skipped with a note. */
    @SuppressWarnings("unchecked")
    static List<Function<Object, Map<String, ?>>> load(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            while (files.hasMoreElements()) {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            StreamCapture.originalErr().println("suanli: cannot read " + RESOURCE + ": " + e);
        }
        List<Function<Object, Map<String, ?>>> annotators = new ArrayList<>();
        for (String name : names) {
            try {
                Object annotator = Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
                if (annotator instanceof Function<?, ?> f) {
                    annotators.add((Function<Object, Map<String, ?>>) f);
                } else {
                    StreamCapture.originalErr().println("suanli: " + name + " (listed in " + RESOURCE
                            + ") is not a java.util.function.Function; it is ignored");
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                StreamCapture.originalErr().println("suanli: the display annotator " + name + " could not be loaded: " + e);
            }
        }
        return annotators;
    }

    /**
     * What each annotator says about {@code value}, asking each once: the non-empty answers in annotator order. An
     * annotator that fails says nothing, so its bug never costs the user the output itself.
     */
    static List<Map<String, ?>> ask(Object value, List<Function<Object, Map<String, ?>>> annotators) {
        if (value == null) {
            return List.of();
        }
        List<Map<String, ?>> answers = new ArrayList<>();
        for (Function<Object, Map<String, ?>> annotator : annotators) {
            try {
                Map<String, ?> said = annotator.apply(value);
                if (said != null && !said.isEmpty()) {
                    answers.add(said);
                }
            } catch (RuntimeException | LinkageError e) {
                // skipped: see above
            }
        }
        return answers;
    }

    /** The annotators' answers merged (the first caption and marks win); NONE when nothing. */
    @SuppressWarnings("unchecked")
    static DisplayAnnotation of(List<Map<String, ?>> answers) {
        String caption = null;
        BiFunction<Integer, String, String> marks = null;
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map<String, ?> said : answers) {
            if (caption == null && said.get("caption") instanceof String c && !c.isBlank()) {
                caption = c;
            }
            if (marks == null && said.get("marks") instanceof BiFunction<?, ?, ?> m) {
                marks = (BiFunction<Integer, String, String>) m;
            }
            if (said.get("markTitles") instanceof Map<?, ?> t) {
                t.forEach((k, v) -> titles.putIfAbsent(String.valueOf(k), String.valueOf(v)));
            }
            if (said.get("settings") instanceof Map<?, ?> s) {
                s.forEach((k, v) -> settings.putIfAbsent(String.valueOf(k), String.valueOf(v)));
            }
        }
        DisplayAnnotation annotation = new DisplayAnnotation(caption, marks, titles, settings);
        return annotation.isEmpty() ? NONE : annotation;
    }

    /** What to render for {@code value}: the first {@code "shown"} replacement in the answers, else the value itself. */
    static Object shown(Object value, List<Map<String, ?>> answers) {
        for (Map<String, ?> said : answers) {
            if (said.get("shown") != null) {
                return said.get("shown");
            }
        }
        return value;
    }

    /**
     * The output with this annotation: the caption under an HTML output and after the plain text, and caption
     * and settings in {@code metadata.suanli}. Renderers that can do better (a table's own caption) do so
     * themselves and call {@link #withMetadata}.
     */
    public DisplayData applyTo(DisplayData d) {
        if (isEmpty() || d == null) {
            return d;
        }
        Map<String, Object> data = new LinkedHashMap<>(d.data());
        if (caption != null) {
            if (data.get("text/html") instanceof String html) {
                data.put("text/html", html + "\n<div class=\"suanli-caption\" style=\"font-size:0.85em;color:#59636e\">"
                        + TablesawRenderer.escape(caption) + "</div>");
            }
            if (data.get("text/plain") instanceof String plain) {
                data.put("text/plain", plain + "\n" + caption);
            }
        }
        return withMetadata(new DisplayData(data, d.metadata(), d.displayId()));
    }

    /** The output with caption and settings recorded in {@code metadata.suanli}, its data unchanged. */
    public DisplayData withMetadata(DisplayData d) {
        if (isEmpty() || d == null) {
            return d;
        }
        Map<String, Object> metadata = new LinkedHashMap<>(d.metadata());
        Map<String, Object> suanli = new LinkedHashMap<>();
        if (metadata.get("suanli") instanceof Map<?, ?> existing) {
            existing.forEach((k, v) -> suanli.put(String.valueOf(k), v));
        }
        if (caption != null) {
            suanli.put("caption", caption);
        }
        if (!settings.isEmpty()) {
            suanli.put("settings", new LinkedHashMap<>(settings));
        }
        metadata.put("suanli", suanli);
        return new DisplayData(d.data(), metadata, d.displayId());
    }
}
