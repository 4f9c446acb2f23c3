package org.suanli.runner;

/**
 * The exit codes of every {@code suanli} command, as the kernel module's commands use them.
 *
 * <p>The toolkit's commands use the same numbers from {@code org.suanli.cli.ExitCodes}; the kernel cannot import
 * the toolkit, so the two copies are kept equal by a test ({@code ExitCodeSchemeTest}), which also checks that
 * every command's {@code --help} lists only these codes.
 */
public final class ExitCodeScheme {

    /** Done; every check passed. */
    public static final int OK = 0;
    /** A statement fails or a check differs. */
    public static final int FAILS = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** Bad input file. */
    public static final int INPUT = 3;
    /** A notebook failed to run. */
    public static final int NOTEBOOK = 4;
    /** A bug in suanli itself; {@code --verbose} prints the stack trace. */
    public static final int INTERNAL = 70;

    public static final String HEADING = "%nExit codes:%n";
    public static final String USAGE_LINE = USAGE + ":bad command line (unknown option, missing or malformed argument)";
    public static final String INPUT_LINE = INPUT + ":bad input file (missing, unreadable or invalid; file, row and column are named)";
    public static final String INTERNAL_LINE = INTERNAL + ":internal error, a bug (--verbose shows the stack trace)";

    private ExitCodeScheme() {
    }
}
