package org.suanli.kernel;

/**
 * What cell code reaches through the static display API: the running cell of one interpreter and its
 * renderers. Found from the calling thread by {@link StreamCapture#contextOf}.
 */
final class KernelContext {

    private volatile CellRun current;
    private volatile Renderers renderers;
    private final Results results = new Results();

    KernelContext(Renderers renderers) {
        this.renderers = renderers;
    }

    CellRun current() {
        return current;
    }

    void begin(CellRun run) {
        current = run;
        StreamCapture.markActive(this);
    }

    void end(CellRun run) {
        if (current == run) {
            current = null;
        }
    }

    /** The cells' results by execution count, for {@code out(N)}. */
    Results results() {
        return results;
    }

    Renderers renderers() {
        return renderers;
    }

    void renderers(Renderers r) {
        renderers = r;
    }
}
