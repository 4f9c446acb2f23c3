package org.suanli.kernel;

/**
 * What {@code System.exit} means inside a cell. Cells run in the kernel's own JVM (JShell's local execution
 * engine, chosen for speed and in-process interrupts), so a real exit would kill the kernel and lose the
 * session with no message. {@link ExitPatcher} rewrites every call to {@code System.exit(int)},
 * {@code Runtime.exit(int)} and {@code Runtime.halt(int)} in snippet classes into a call to this class, which
 * ends the cell with an error the user can read.
 */
public final class ExitTrap {

    private ExitTrap() {
    }

    /** Called instead of {@code System.exit(status)} by code compiled in a cell. */
    public static void exit(int status) {
        throw new CellExitRequest("System.exit(" + status + ")", status);
    }

    /** Called instead of {@code runtime.exit(status)}. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new CellExitRequest("Runtime.exit(" + status + ")", status);
    }

    /** Called instead of {@code runtime.halt(status)}. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new CellExitRequest("Runtime.halt(" + status + ")", status);
    }

    /**
     * Thrown to unwind the cell. An {@link Error}, so that ordinary {@code catch (Exception e)} blocks in the
     * cell do not swallow it.
     */
    public static final class CellExitRequest extends Error {
        private static final long serialVersionUID = 1L;
        private final int status;

        CellExitRequest(String call, int status) {
            super(call + " was called");
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
