package org.suanli.cli;

/**
 * The exit codes of every {@code suanli} command, one scheme so a script can tell "the book's statement fails" from
 * "your file is broken" from "you typed the option wrong".
 *
 * <p>The kernel module's commands (run, check, export, install, kernel) cannot import the toolkit; they use the same
 * numbers from their own copy, and a kernel test checks that the two agree and that every command's {@code --help}
 * lists only these codes. The {@code *_LINE} constants are picocli {@code exitCodeList} entries.
 */
public final class ExitCodes {

    /** Done; every check passed. */
    public static final int OK = 0;
    /** A statement fails or a check differs (the command worked; the result is negative). */
    public static final int FAILS = 1;
    /** Bad command line: unknown option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** Bad input file: missing, unreadable, or invalid; the message names file, row and column. */
    public static final int INPUT = 3;
    /** A notebook failed to run. */
    public static final int NOTEBOOK = 4;
    /** A bug in suanli itself (sysexits' EX_SOFTWARE); {@code --verbose} prints the stack trace. */
    public static final int INTERNAL = 70;

    /** The heading of the exit-code section of every {@code --help}. */
    public static final String HEADING = "%nExit codes:%n";
    public static final String USAGE_LINE = USAGE + ":bad command line (unknown option, missing or malformed argument)";
    public static final String INPUT_LINE = INPUT + ":bad input file (missing, unreadable or invalid; file, row and column are named)";
    public static final String INTERNAL_LINE = INTERNAL + ":internal error, a bug (--verbose shows the stack trace)";

    private ExitCodes() {
    }
}
