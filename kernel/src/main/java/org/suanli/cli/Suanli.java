package org.suanli.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.suanli.runner.ExitCodeScheme;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.suanli.runner.EarlyEngine;
import org.suanli.runner.RunCommand;

/**
 * The {@code suanli} command line.
 *
 * <p>The kernel module compiles without the toolkit, yet {@code suanli validate}, {@code ahp} and
 * {@code scorecard} are toolkit commands. So subcommands are plug-ins: every jar on the class path may list
 * picocli command classes, one fully qualified name per line, in {@value #COMMANDS_RESOURCE}. The shaded jar
 * appends those files together.
 */
@Command(name = "suanli", mixinStandardHelpOptions = true, versionProvider = Suanli.Version.class,
        description = {"Reproduce CAICT's 2024 computing-power index blue book, step by step.",
                "Run 'suanli COMMAND --help' for the options of each command."},
        subcommands = {CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":ok", ExitCodeScheme.FAILS + ":a statement fails or a check differs",
                ExitCodeScheme.USAGE_LINE, ExitCodeScheme.INPUT_LINE, ExitCodeScheme.NOTEBOOK + ":a notebook failed",
                ExitCodeScheme.INTERNAL_LINE})
public final class Suanli implements Runnable {

    /** Given to every command: a failure prints its Java stack trace too (for a bug report). */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, print the Java stack trace too (for a bug report)")
    boolean verbose;

    /** Where jars list the command classes they contribute. */
    public static final String COMMANDS_RESOURCE = "META-INF/suanli/commands";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Given to every command: the language of charts, tables and the report, as the system property
     * {@code suanli.lang} that the toolkit and the runner read (notebooks run in this JVM, so they see it too).
     */
    @CommandLine.Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of charts, tables and the report: zh (Chinese, the default) or en (English)")
    void setLanguage(String lang) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("zh") && !l.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--lang must be zh (Chinese, the default) or en (English), not '" + lang + "'");
        }
        System.setProperty("suanli.lang", l);
    }

    /**
     * Given to every command: whether an English report keeps the provinces' Chinese names in its tables (the data's
     * own keys, as the book writes them), as the system property {@code suanli.province.names}.
     */
    @CommandLine.Option(names = "--province-names", scope = CommandLine.ScopeType.INHERIT, paramLabel = "zh|en",
            description = "With --lang en, the provinces' names in tables: en (the default) or zh (as the book and "
                    + "the data write them)")
    void setProvinceNames(String names) {
        String n = names == null ? "" : names.strip().toLowerCase(Locale.ROOT);
        if (!n.equals("zh") && !n.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--province-names must be en (English names, the default in English) or zh (Chinese names), not '"
                            + names + "'");
        }
        System.setProperty("suanli.province.names", n);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Jupyter starts the kernel as 'kernel CONNECTION_FILE': skip picocli and the discovery of every command
        // class (about 0.3 s of CPU), since start-up time is the first thing a notebook user feels.
        if (args.length == 2 && args[0].equals("kernel") && !args[1].startsWith("-")) {
            System.exit(KernelCommand.run(Path.of(args[1]), null, List.of()));
        }
        Integer supervised = RunCommand.superviseFromMain(args, utf8(System.out), utf8(System.err));
        if (supervised != null) {
            System.exit(supervised); // 'run': this JVM only watches the one that runs the notebooks
        }
        EarlyEngine.startFor(args);
        System.exit(execute(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs one command line and returns its exit code; the tests call this instead of {@link #main}. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(Suanli::internalError);
        return cli.execute(args);
    }

    /**
     * What reaches here is not the user's input (each command answers that itself, with exit code 3) but a bug:
     * one line that says so, and the stack trace only with {@code --verbose}.
     */
    static int internalError(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = parsed != null && parsed.expandedArgs().contains("--verbose");
        err.println("suanli " + command.getCommandName() + ": internal error: " + e
                + (verbose ? "" : " (run again with --verbose for the stack trace, and please report it)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodeScheme.INTERNAL;
    }

    /** The command line with every discovered subcommand attached. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Suanli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        for (String className : discoverCommandClasses(Suanli.class.getClassLoader())) {
            try {
                Object command = Class.forName(className).getDeclaredConstructor().newInstance();
                cli.addSubcommand(new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true));
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("Cannot load the command class " + className + " listed in "
                        + COMMANDS_RESOURCE + ": " + e, e);
            }
        }
        return cli;
    }

    static List<String> discoverCommandClasses(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(COMMANDS_RESOURCE);
            while (files.hasMoreElements()) {
                URL url = files.nextElement();
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        String name = line.strip();
                        if (!name.isEmpty() && !name.startsWith("#")) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + COMMANDS_RESOURCE + " from the class path: " + e, e);
        }
        return new ArrayList<>(names);
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /** Reports the build's version and the running Java, which is what a bug report needs. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Suanli.class.getPackage().getImplementationVersion();
            return new String[] {"suanli " + (version == null ? "(development build)" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
