package org.suanli.kernel;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The display API every cell sees: the kernel runs {@code import static org.suanli.kernel.Display.*;} at
 * start-up. Calls go to the cell that is running (also from threads the cell started). Outside a kernel (the
 * toolkit's command line, a unit test) they print the plain-text form to {@code System.out}, so code that
 * displays also works elsewhere.
 */
public final class Display {

    private Display() {
    }

    /** Shows {@code value} through the renderers (tables as HTML, charts as PNG, …); returns its handle. */
    public static DisplayHandle display(Object value) {
        return display(value, new String[0]);
    }

    /**
     * Shows {@code value} as the given MIME types only, e.g. {@code display(chart, "image/svg+xml")}.
     *
     * @throws IllegalArgumentException if the value cannot be shown as any of them
     */
    public static DisplayHandle display(Object value, String... mimeTypes) {
        String id = UUID.randomUUID().toString();
        CellRun run = StreamCapture.currentCell();
        DisplayData d = renderers().render(value, mimeSet(mimeTypes)).withDisplayId(id);
        if (run == null) {
            System.out.println(d.plainText() != null ? d.plainText() : d.data().keySet().toString());
        } else {
            run.display(d);
        }
        return new DisplayHandle(id);
    }

    /** Replaces the output shown under {@code displayId} (from {@link DisplayHandle#id()}) with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay needs the id of an earlier display(...)");
        }
        CellRun run = StreamCapture.currentCell();
        DisplayData d = renderers().render(value).withDisplayId(displayId);
        if (run == null) {
            System.out.println(d.plainText());
        } else {
            run.updateDisplay(d);
        }
    }

    /** Replaces the output shown by {@code handle}. */
    public static void updateDisplay(DisplayHandle handle, Object value) {
        updateDisplay(handle.id(), value);
    }

    /** Clears the cell's output so far (for animations: clear, then display the next frame). */
    public static void clearOutput() {
        CellRun run = StreamCapture.currentCell();
        if (run != null) {
            run.clearOutput(true);
        }
    }

    /** HTML to show; display it or leave it as the cell's last expression. */
    public static Html html(String html) {
        return new Html(html);
    }

    /** Markdown to show (CommonMark with GFM tables). */
    public static Markdown markdown(String markdown) {
        return new Markdown(markdown);
    }

    /** LaTeX to show (rendered by the front end's MathJax/KaTeX). */
    public static Latex latex(String latex) {
        return new Latex(latex);
    }

    /** An image in memory, shown as PNG. */
    public static RenderedImage image(RenderedImage image) {
        return image;
    }

    /** An image file (PNG, JPEG, GIF or SVG, by extension), shown as it is stored. */
    public static Image image(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String mime = name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : name.endsWith(".gif") ? "image/gif"
                : name.endsWith(".svg") ? "image/svg+xml" : null;
        if (mime == null) {
            throw new IllegalArgumentException(file + ": not a .png, .jpg, .gif or .svg file");
        }
        try {
            return new Image(Files.readAllBytes(file), mime, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file + ": " + e.getMessage(), e);
        }
    }

    /** Encoded image bytes of the given MIME type. */
    public static Image image(byte[] bytes, String mimeType) {
        return new Image(bytes, mimeType, 0);
    }

    /**
     * The result of cell {@code n}: the value its {@code Out[n]} shows, typed as the caller needs it, e.g.
     * {@code Table t = out(3);}. This is the notebook's replacement for JShell's {@code $N} variables, which the
     * kernel does not keep (see {@code docs/kernel.md}).
     *
     * @throws java.util.NoSuchElementException if cell {@code n} gave no result, saying why
     * @throws IllegalStateException outside a kernel
     */
    @SuppressWarnings("unchecked")
    public static <T> T out(int n) {
        KernelContext c = StreamCapture.currentContext();
        if (c == null) {
            throw new IllegalStateException("out(" + n + ") needs a running Suanli kernel; there are no cell results here");
        }
        CellRun run = c.current();
        return (T) c.results().get(n, run == null ? 0 : run.count());
    }

    /** Asks the user for a line of text (Jupyter's input box); null when the front end cannot ask. */
    public static String input(String prompt) {
        CellRun run = StreamCapture.currentCell();
        return run == null ? null : run.input(prompt, false);
    }

    /** Like {@link #input} with the answer hidden as it is typed. */
    public static String password(String prompt) {
        CellRun run = StreamCapture.currentCell();
        return run == null ? null : run.input(prompt, true);
    }

    private static Set<String> mimeSet(String[] types) {
        Set<String> s = new LinkedHashSet<>();
        if (types != null) {
            for (String t : types) {
                if (t != null && !t.isBlank()) {
                    s.add(t.trim());
                }
            }
        }
        return s;
    }

    private static volatile Renderers fallback;

    private static Renderers renderers() {
        KernelContext c = StreamCapture.contextOf(Thread.currentThread());
        if (c != null) {
            return c.renderers();
        }
        Renderers r = fallback;
        if (r == null) {
            r = Renderers.load(Display.class.getClassLoader());
            fallback = r;
        }
        return r;
    }
}
