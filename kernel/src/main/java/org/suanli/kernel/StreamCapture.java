package org.suanli.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes {@code System.out}, {@code System.err} and {@code System.in} of cell code to the running cell.
 *
 * <p>Cells run in the kernel's JVM, so the standard streams are global. They are replaced once per JVM by
 * dispatchers that look at the writing thread's {@link ThreadGroup}: each interpreter runs its cells in a
 * group of its own, and JShell (and anything the cell starts) creates its threads inside it, so output from
 * threads the cell starts lands in the cell too. Every other thread (the protocol's, a logger's) writes to the
 * original streams, unchanged.
 */
final class StreamCapture {

    private static final Map<ThreadGroup, KernelContext> CONTEXTS = new ConcurrentHashMap<>();
    private static volatile KernelContext lastActive;
    private static PrintStream originalOut;
    private static PrintStream originalErr;
    private static InputStream originalIn;

    private StreamCapture() {
    }

    /** Replaces the standard streams, once per JVM. */
    static synchronized void install() {
        if (originalOut != null) {
            return;
        }
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(new Dispatch("stdout"), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Dispatch("stderr"), true, StandardCharsets.UTF_8));
        System.setIn(new DispatchIn());
    }

    /** The stdout the JVM had before the kernel replaced it: for kernel logs that must not go to a cell. */
    static synchronized PrintStream originalOut() {
        return originalOut != null ? originalOut : System.out;
    }

    static synchronized PrintStream originalErr() {
        return originalErr != null ? originalErr : System.err;
    }

    static void register(ThreadGroup group, KernelContext context) {
        CONTEXTS.put(group, context);
    }

    static void unregister(ThreadGroup group) {
        KernelContext c = CONTEXTS.remove(group);
        if (c != null && lastActive == c) {
            lastActive = null;
        }
    }

    static void markActive(KernelContext context) {
        lastActive = context;
    }

    /** The context of the calling thread's interpreter, or null for threads that are not the cells'. */
    static KernelContext contextOf(Thread t) {
        if (CONTEXTS.isEmpty()) {
            return null;
        }
        for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
            KernelContext c = CONTEXTS.get(g);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The running cell for display calls: the calling thread's interpreter's cell, else (a pool thread outside
     * any cell group) the cell of the interpreter that ran most recently, else null.
     */
    static CellRun currentCell() {
        CellRun own = CellRun.ORIGIN.get();
        if (own != null && !own.done) {
            return own;
        }
        KernelContext c = currentContext();
        return c == null ? null : c.current();
    }

    /** The calling thread's interpreter's context, else that of the interpreter that ran most recently. */
    static KernelContext currentContext() {
        KernelContext c = contextOf(Thread.currentThread());
        return c != null ? c : lastActive;
    }

    /**
     * The cell whose output {@code t} writes: the cell it was started from while that runs, else the running
     * cell of its interpreter; null for threads outside every interpreter's group.
     */
    static CellRun cellOf(Thread t) {
        KernelContext c = contextOf(t);
        if (c == null) {
            return null;
        }
        CellRun own = CellRun.ORIGIN.get();
        if (own != null && !own.done) {
            return own;
        }
        return c.current();
    }

    private static final class Dispatch extends OutputStream {
        private final String name;
        private final ThreadLocal<ByteArrayOutputStream> pending = ThreadLocal.withInitial(ByteArrayOutputStream::new);

        Dispatch(String name) {
            this.name = name;
        }

        private PrintStream original() {
            return "stdout".equals(name) ? originalOut : originalErr;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            CellRun run = cellOf(Thread.currentThread());
            if (run == null) {
                original().write(b, off, len);
                return;
            }
            // Keep an incomplete UTF-8 sequence back until its last byte arrives.
            ByteArrayOutputStream buf = pending.get();
            buf.write(b, off, len);
            byte[] all = buf.toByteArray();
            int complete = completeUtf8Prefix(all);
            buf.reset();
            buf.write(all, complete, all.length - complete);
            if (complete > 0) {
                run.streams().append(name, new String(all, 0, complete, StandardCharsets.UTF_8));
            }
        }

        @Override
        public void flush() {
            if (cellOf(Thread.currentThread()) == null) {
                original().flush();
            }
        }
    }

    /** Length of the longest prefix of {@code b} that does not end inside a UTF-8 sequence. */
    static int completeUtf8Prefix(byte[] b) {
        int n = b.length;
        int i = n - 1;
        int back = 0;
        while (i >= 0 && back < 4 && (b[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) {
            return n;
        }
        int lead = b[i] & 0xff;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return (n - i) >= need ? n : i;
    }

    /** {@code System.in} for cells: each line is asked of the front end ({@code input_request}). */
    private static final class DispatchIn extends InputStream {
        private final ThreadLocal<byte[]> line = new ThreadLocal<>();
        private final ThreadLocal<int[]> pos = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            CellRun run = cellOf(Thread.currentThread());
            if (run == null) {
                return originalIn.read(b, off, len);
            }
            if (len == 0) {
                return 0;
            }
            byte[] l = line.get();
            int[] p = pos.get();
            if (l == null || p[0] >= l.length) {
                run.streams().flush();
                String answer = run.input("", false);
                if (answer == null) {
                    return -1;
                }
                l = (answer + "\n").getBytes(StandardCharsets.UTF_8);
                line.set(l);
                p[0] = 0;
            }
            int n = Math.min(len, l.length - p[0]);
            System.arraycopy(l, p[0], b, off, n);
            p[0] += n;
            return n;
        }

        @Override
        public int available() {
            byte[] l = line.get();
            return l == null ? 0 : Math.max(0, l.length - pos.get()[0]);
        }
    }
}
