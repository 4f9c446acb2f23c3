package org.suanli.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the command line's NOTEBOOK|DIR arguments into the notebooks to run, in file-name order. */
public final class NotebookFiles {

    private NotebookFiles() {
    }

    /**
     * Each argument is a notebook, or a folder whose {@code .ipynb} files (not in sub-folders, not hidden) are
     * taken in file-name order. Arguments keep their order; a notebook named twice runs once.
     *
     * @throws NotebookException naming the argument that does not exist or holds no notebooks
     */
    public static List<Path> resolve(List<Path> arguments) throws NotebookException {
        Set<Path> notebooks = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> files = Files.list(argument)) {
                    files.filter(NotebookFiles::isNotebook).filter(Files::isRegularFile).forEach(found::add);
                } catch (IOException e) {
                    throw new NotebookException(argument + ": cannot list the folder: " + e.getMessage(), e);
                }
                if (found.isEmpty()) {
                    throw new NotebookException(argument + ": the folder holds no .ipynb notebooks.");
                }
                found.sort(Comparator.comparing(p -> p.getFileName().toString()));
                found.forEach(p -> notebooks.add(p.normalize()));
            } else if (Files.exists(argument)) {
                if (!isNotebook(argument)) {
                    throw new NotebookException(argument + ": is not a notebook (the name must end in .ipynb).");
                }
                notebooks.add(argument.normalize());
            } else {
                throw new NotebookException(argument + ": no such notebook or folder. Give the path of an .ipynb "
                        + "file or of a folder of notebooks" + (argument.isAbsolute() ? "" : ", relative to "
                        + Path.of("").toAbsolutePath()) + ".");
            }
        }
        return new ArrayList<>(notebooks);
    }

    private static boolean isNotebook(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".ipynb") && !name.startsWith(".");
    }

    /**
     * The name each notebook gets in the report: its path relative to the deepest folder that holds all of
     * them, so that notebooks from one folder are just their file names.
     */
    public static List<String> reportNames(List<Path> notebooks) {
        List<Path> absolute = notebooks.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Path common = absolute.isEmpty() ? null : absolute.get(0).getParent();
        for (Path path : absolute) {
            while (common != null && !path.startsWith(common)) {
                common = common.getParent();
            }
        }
        List<String> names = new ArrayList<>();
        for (Path path : absolute) {
            names.add((common == null ? path : common.relativize(path)).toString().replace('\\', '/'));
        }
        return names;
    }
}
