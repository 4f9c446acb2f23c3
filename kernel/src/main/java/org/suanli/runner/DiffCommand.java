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

    @Parameters(paramLabel = "A B", arity = "2..7", description = "The first (older) and the second (newer) "
            + "notebook; with --git, the seven arguments git gives an external diff command.")
    List<String> files;

    @Option(names = "--git", description = "Called by git as the diff driver of *.ipynb (see docs/runner.md): take "
            + "git's seven arguments (path old-file old-hex old-mode new-file new-hex new-mode), treat /dev/null as "
            + "an empty notebook, and exit 0 when the notebooks differ, as git expects.")
    boolean git;

    Path a;
    Path b;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison as a self-contained "
            + "HTML page, with changed images side by side and their differing pixels in red.")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (git != (files.size() == 7) || (!git && files.size() != 2)) {
            err.println("suanli diff: give two notebooks (A B), or, with --git, the seven arguments git passes to a "
                    + "diff driver; got " + files.size() + ": " + files);
            err.flush();
            return 2;
        }
        String nameA = files.get(0);
        String nameB = git ? files.get(0) : files.get(1);
        a = Path.of(files.get(git ? 1 : 0));
        b = Path.of(files.get(git ? 4 : 1));
        Notebook left;
        Notebook right;
        try {
            left = read(a);
            right = read(b);
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
        if (git) {
            nameA = "a/" + nameA;
            nameB = "b/" + nameB;
        }
        out.print(NotebookDiff.text(nameA, nameB, changes));
        if (html != null) {
            Notebook.writeAtomically(html, NotebookDiffPage.html(nameA, nameB, changes));
            out.println("HTML: " + html);
        }
        out.flush();
        return changes.isEmpty() || git ? 0 : 1;
    }

    /** The notebook; with --git, /dev/null (the side of an added or deleted file) is an empty notebook. */
    private Notebook read(Path path) throws NotebookException {
        if (git && path.toString().equals("/dev/null")) {
            return Notebook.parse("{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
                    "/dev/null");
        }
        return Notebook.read(path);
    }
}
