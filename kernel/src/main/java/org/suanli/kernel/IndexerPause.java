package org.suanli.kernel;

import java.lang.reflect.Method;

import jdk.jshell.SourceCodeAnalysis;

/**
 * Holds back JShell's class-path indexer until it is wanted.
 *
 * <p>Creating a {@link SourceCodeAnalysis} starts a thread that reads every class name on the class path and in
 * the JDK (about half a second of CPU) for completion's "add an import" suggestions. JShell pauses it during each
 * {@code eval}, but between evals it runs, and on two cores that is beside the first cells: measured with the
 * kernel benchmark, pausing it cut the kernel's CPU per trivial cell by 6-17 ms and the round trip by 2-5 ms.
 * The kernel needs the analysis at once (it splits every cell into snippets with it), the index only when someone
 * asks for completions: so it is paused at start and let go once the user is idle; a batch run never needs it.
 *
 * <p>The switch is {@code suspendIndexing}/{@code resumeIndexing}, which JShell's implementation class has for
 * exactly this purpose but does not export; reaching it takes {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED},
 * which the kernelspec and the launcher pass. Without it (a test JVM, another launcher) nothing is paused and
 * everything works as before, only the first cells are slower.
 */
final class IndexerPause {

    private final SourceCodeAnalysis analysis;
    private final Method resume;
    private boolean paused;

    private IndexerPause(SourceCodeAnalysis analysis, Method resume) {
        this.analysis = analysis;
        this.resume = resume;
    }

    /** Pauses the indexer of {@code analysis} if JShell lets us; returns a handle that can let it go. */
    static IndexerPause pause(SourceCodeAnalysis analysis) {
        try {
            Method suspend = analysis.getClass().getMethod("suspendIndexing");
            Method resume = analysis.getClass().getMethod("resumeIndexing");
            suspend.setAccessible(true);
            resume.setAccessible(true);
            suspend.invoke(analysis);
            IndexerPause p = new IndexerPause(analysis, resume);
            p.paused = true;
            return p;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new IndexerPause(analysis, null); // not opened to us, or another JShell: nothing paused
        }
    }

    /** Whether the indexer is held back now. */
    synchronized boolean paused() {
        return paused;
    }

    /** Lets the indexer run; idempotent. */
    synchronized void release() {
        if (!paused) {
            return;
        }
        paused = false;
        try {
            resume.invoke(analysis);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // it was paused through the same method object, so this does not happen; nothing to undo if it does
        }
    }
}
