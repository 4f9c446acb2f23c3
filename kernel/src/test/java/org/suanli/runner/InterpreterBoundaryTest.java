package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The runner, the protocol server and the command line drive the engine through {@code Interpreter} only
 * (issue 14 step 4, issue 17): none of their sources names the implementation, so another engine (a child
 * JVM, a scripted one in tests) can take its place through a factory.
 */
class InterpreterBoundaryTest {

    @Test
    void onlyTheKernelPackageNamesTheJShellImplementation() throws IOException {
        Path main = Path.of("src/main/java/org/suanli");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getParent().endsWith(Path.of("suanli", "kernel")))
                    .filter(p -> read(p).contains("JShellInterpreter"))
                    .toList();
        }
        assertTrue(Files.isDirectory(main.resolve("runner")), "run from the kernel module");
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
