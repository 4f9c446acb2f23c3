package org.suanli.runner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli diff A.ipynb B.ipynb}: what changed between two versions of a notebook, cell by cell. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two notebooks cell by cell, as nbdime does: sources and text outputs as line diffs, "
                + "HTML outputs as their text, images by their pixels.",
                "Execution counts and metadata are ignored; a cell's tags are compared. Cells are paired by id.",
                "Exit status: 0 when the notebooks are the same, 1 when they differ, 2 for a bad command line, "
                        + "3 when a notebook cannot be read."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the same", "1:they differ", "2:bad command line", "3:a notebook cannot be read"},
        footer = {"", "Examples:", "  suanli diff old.ipynb notebooks/03-ahp.ipynb",
                "  suanli diff old.ipynb new.ipynb --html target/diff.html   images side by side, with an overlay"})
public final class DiffCommand implements Callable<Integer> {

    /** The exit code for a notebook that cannot be read (the project's scheme: 3 is a bad input file). */
    static final int UNREADABLE = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first (older) notebook.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second (newer) notebook.")
    Path b;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison as a self-contained "
            + "HTML page, with changed images side by side and their differing pixels in red.")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Notebook left;
        Notebook right;
        try {
            left = Notebook.read(a);
            right = Notebook.read(b);
        } catch (NotebookException e) {
            err.println("suanli diff: " + e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        if (html != null && Files.isDirectory(html)) {
            err.println("suanli diff: --html " + html + " is a folder; give the name of the page to write, "
                    + "for example " + html.resolve("diff.html"));
            err.flush();
            return 2;
        }
        List<NotebookDiff.CellChange> changes = NotebookDiff.compare(left, right);
        out.print(NotebookDiff.text(a.toString(), b.toString(), changes));
        if (html != null) {
            Notebook.writeAtomically(html, NotebookDiffPage.html(a.toString(), b.toString(), changes));
            out.println("HTML: " + html);
        }
        out.flush();
        return changes.isEmpty() ? 0 : 1;
    }
}
