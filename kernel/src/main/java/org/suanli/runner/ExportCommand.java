package org.suanli.runner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli export}: the HTML page of a notebook as it is, without running it. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the HTML page of already-executed notebooks, without running them.",
                "The page is self-contained (styles, images and formulas inside), like the pages of 'suanli run'."},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":every page written", ExitCodeScheme.USAGE_LINE,
                ExitCodeScheme.INPUT + ":a notebook cannot be read or its page cannot be written"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NOTEBOOK", arity = "1..*", description = "The notebooks to export.")
    List<Path> notebooks = new ArrayList<>();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Where the .html files go (default: beside each notebook).")
    Path outputDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path path : notebooks) {
            try {
                Notebook notebook = Notebook.read(path);
                String name = path.getFileName().toString();
                Path folder = path.toAbsolutePath().getParent();
                Path target = (outputDir == null ? folder : outputDir).resolve(NotebookRunner.htmlName(name));
                Notebook.writeAtomically(target, HtmlReport.page(notebook, name, folder, HtmlReport.RunInfo.none(),
                        false));
                out.println(path + " -> " + target);
            } catch (NotebookException e) {
                err.println("suanli export: " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? ExitCodeScheme.OK : ExitCodeScheme.INPUT;
    }
}
