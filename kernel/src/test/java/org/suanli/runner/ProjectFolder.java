package org.suanli.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's top folder, found from the test's working directory (Maven runs module tests in the module). */
final class ProjectFolder {

    private ProjectFolder() {
    }

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("notebooks")) && Files.isRegularFile(p.resolve("suanli"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project folder (with notebooks/ and suanli) above " + Path.of("").toAbsolutePath());
    }

    /** The shipped notebooks, {@code notebooks/*.ipynb} (not the exercises' folder), in name order. */
    static List<Path> shippedNotebooks() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("notebooks"))) {
            return files.filter(p -> p.toString().endsWith(".ipynb") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
