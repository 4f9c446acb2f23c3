package org.suanli.kernel;

import java.util.Set;

/**
 * Turns an object into rich output. A plug-in point: any jar on the class path (or added with {@code %maven})
 * can contribute renderers by listing them in {@code META-INF/services/org.suanli.kernel.Renderer}, so a
 * library teaches the kernel to show its own types without the kernel knowing it. {@code display(obj)} and a
 * cell's last value both go through the renderers.
 *
 * <p>A library that must not depend on the kernel can instead give its class a public no-argument method
 * {@code Map<String, ?> displayData()} returning a MIME bundle; the kernel calls it.
 */
public interface Renderer {

    /** Renderers with a higher priority are asked first; the built-ins use 0. */
    default int priority() {
        return 0;
    }

    /** Whether this renderer knows {@code value} (never null). */
    boolean supports(Object value);

    /**
     * Renders {@code value}.
     *
     * @param mimeTypes the MIME types the user asked for ({@code display(obj, "image/svg+xml")}), or empty
     *                  for this renderer's defaults; a renderer should produce at least those it can of them
     */
    DisplayData render(Object value, Set<String> mimeTypes) throws Exception;

    /**
     * Renders {@code value} with what a library said about it (its provenance caption, marked cells, settings;
     * see {@link DisplayAnnotation}). By default the caption goes under the output; a renderer that has a better
     * place for it (a table's own caption) overrides this.
     */
    default DisplayData render(Object value, Set<String> mimeTypes, DisplayAnnotation annotation) throws Exception {
        return annotation.applyTo(render(value, mimeTypes));
    }
}
