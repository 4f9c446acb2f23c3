package org.suanli.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public top-level types of the project's own code, read from the compiled classes of a module (its
 * target/classes folder or its jar, wherever the class loader found it). Tests only: so that a test over "every
 * public type" needs no list typed by hand and cannot fall behind the code.
 */
final class ProjectTypes {

    private ProjectTypes() {
    }

    /** The toolkit's public top-level types. The kernel compiles without the toolkit, so it is found by name. */
    static List<Class<?>> toolkit() {
        try {
            return publicTypesBeside(Class.forName("org.suanli.scorecard.Scorecard"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the toolkit is not on the test class path; run mvn install at the root first", e);
        }
    }

    /** The kernel module's public top-level types. */
    static List<Class<?>> kernel() {
        return publicTypesBeside(JShellInterpreter.class);
    }

    /** Every public top-level {@code org.suanli} type in the folder or jar that {@code anchor} was loaded from. */
    static List<Class<?>> publicTypesBeside(Class<?> anchor) {
        Path where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String entry : classFiles(where)) {
            if (!entry.startsWith("org/suanli/") || entry.contains("$") || entry.endsWith("package-info.class")
                    || entry.endsWith("module-info.class")) {
                continue;
            }
            String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> c = Class.forName(name, false, anchor.getClassLoader());
                if (Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + name + " from " + where, e);
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        if (out.isEmpty()) {
            throw new AssertionError("no public org.suanli type found in " + where);
        }
        return out;
    }

    /** Class-file paths relative to the root, with '/' separators. */
    private static List<String> classFiles(Path where) {
        try {
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.walk(where)) {
                    return s.filter(p -> p.toString().endsWith(".class"))
                            .map(p -> where.relativize(p).toString().replace('\\', '/')).toList();
                }
            }
            try (JarFile jar = new JarFile(where.toFile())) {
                return jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
