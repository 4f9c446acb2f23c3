package org.suanli.kernel;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * The renderers found by {@link ServiceLoader}, in priority order, with a plain-text fallback so that every
 * object renders as something.
 */
public final class Renderers {

    private final List<Renderer> renderers;
    private final List<Function<Object, Map<String, ?>>> annotators;

    Renderers(List<Renderer> renderers) {
        this(renderers, List.of());
    }

    Renderers(List<Renderer> renderers, List<Function<Object, Map<String, ?>>> annotators) {
        List<Renderer> sorted = new ArrayList<>(renderers);
        sorted.sort(Comparator.comparingInt(Renderer::priority).reversed());
        this.renderers = List.copyOf(sorted);
        this.annotators = List.copyOf(annotators);
    }

    /** Every renderer the class loader's jars declare. A renderer that fails to load is skipped with a note. */
    public static Renderers load(ClassLoader loader) {
        List<Renderer> found = new ArrayList<>();
        ServiceLoader<Renderer> sl = ServiceLoader.load(Renderer.class, loader);
        var it = sl.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                StreamCapture.originalErr().println("suanli: a display renderer could not be loaded: " + e);
            }
        }
        return new Renderers(found, DisplayAnnotation.load(loader));
    }

    public List<Renderer> all() {
        return renderers;
    }

    /** Renders with the defaults of the first renderer that supports {@code value}. */
    public DisplayData render(Object value) {
        return render(value, Set.of());
    }

    /**
     * Renders {@code given}, or what an annotator says to show in its place (see {@link DisplayAnnotation}); with
     * {@code mimeTypes} given, keeps only those (in the order asked).
     *
     * @throws IllegalArgumentException when none of the requested types can be produced
     */
    public DisplayData render(Object given, Set<String> mimeTypes) {
        DisplayData d = null;
        List<Map<String, ?>> answers = DisplayAnnotation.ask(given, annotators);
        DisplayAnnotation annotation = DisplayAnnotation.of(answers);
        Object value = DisplayAnnotation.shown(given, answers);
        if (value != null) {
            for (Renderer r : renderers) {
                boolean supports;
                try {
                    supports = r.supports(value);
                } catch (RuntimeException | LinkageError e) {
                    supports = false;
                }
                if (!supports) {
                    continue;
                }
                try {
                    d = r.render(value, mimeTypes, annotation);
                } catch (Exception | LinkageError e) {
                    d = withNote(text(value), r, e);
                }
                if (d != null) {
                    break;
                }
            }
            if (d == null) {
                d = annotation.applyTo(bundleMethod(value));
            }
        }
        if (d == null) {
            d = annotation.applyTo(text(value));
        }
        if (mimeTypes.isEmpty()) {
            return d;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String m : mimeTypes) {
            if (d.data().containsKey(m)) {
                kept.put(m, d.data().get(m));
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("cannot show " + describe(value) + " as " + mimeTypes
                    + "; it can be shown as " + d.data().keySet());
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        d.metadata().forEach((k, v) -> {
            if (kept.containsKey(k) || !k.contains("/")) {
                meta.put(k, v);
            }
        });
        return new DisplayData(kept, meta, d.displayId());
    }

    private static DisplayData withNote(DisplayData d, Renderer r, Throwable e) {
        Map<String, Object> data = new LinkedHashMap<>(d.data());
        data.put("text/plain", d.plainText() + "\n(" + r.getClass().getSimpleName() + " failed: " + e + ")");
        return new DisplayData(data, d.metadata(), null);
    }

    /** The {@code displayData()} convention for libraries that do not depend on the kernel. */
    private static DisplayData bundleMethod(Object value) {
        try {
            Method m = value.getClass().getMethod("displayData");
            if (!Modifier.isPublic(m.getModifiers()) || !Map.class.isAssignableFrom(m.getReturnType())) {
                return null;
            }
            Object bundle = m.invoke(value);
            if (bundle instanceof Map<?, ?> map && !map.isEmpty()) {
                Map<String, Object> data = new LinkedHashMap<>();
                map.forEach((k, v) -> data.put(String.valueOf(k), v));
                data.putIfAbsent("text/plain", plain(value));
                return new DisplayData(data, Map.of(), null);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    static DisplayData text(Object value) {
        return DisplayData.text(plain(value));
    }

    /** Java's own text for a value, with arrays spelled out (JShell's way) and no quotes around strings. */
    static String plain(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            if (value instanceof Object[] a) {
                return Arrays.deepToString(a);
            }
            StringBuilder sb = new StringBuilder("[");
            int n = Array.getLength(value);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Array.get(value, i));
            }
            return sb.append(']').toString();
        }
        try {
            return String.valueOf(value);
        } catch (RuntimeException e) {
            return value.getClass().getName() + " (its toString() threw " + e + ")";
        }
    }

    static String describe(Object value) {
        return value == null ? "null" : "a " + value.getClass().getSimpleName();
    }
}
