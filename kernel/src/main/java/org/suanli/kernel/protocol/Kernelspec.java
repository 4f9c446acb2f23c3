package org.suanli.kernel.protocol;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A Jupyter kernelspec for this kernel: {@code kernel.json} plus two logos.
 *
 * <p>The {@code argv} runs {@code java} directly (one JVM, no launcher script or second JVM), with absolute
 * paths to the JDK and to the shaded jar, so it works whatever Jupyter's {@code PATH} is.
 *
 * @param argv          the kernel's command line; {@code {connection_file}} is replaced by Jupyter
 * @param displayName   what the notebook's kernel menu shows
 * @param language      "java"
 */
public record Kernelspec(List<String> argv, String displayName, String language) {

    public static final String DEFAULT_NAME = "suanli";
    public static final String DISPLAY_NAME = "Java (Suanli)";
    static final String MAIN_CLASS = "org.suanli.cli.Suanli";

    /**
     * Options every kernel JVM gets: UTF-8 everywhere (Java 17 has no LANG default), no display needed, and the C1
     * compiler only: a cell's time is javac compiling its snippet, which C2 never finishes optimising in a session;
     * C1 halves the kernel's CPU per trivial cell (93 → 45 ms measured) and cuts its round trip (45 → 36 ms) on
     * two cores. A {@code --jvm-opt -XX:TieredStopAtLevel=4} given to install comes later and wins.
     */
    public static final List<String> BASE_JVM_OPTIONS = List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
            "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1");

    public Kernelspec {
        argv = List.copyOf(argv);
    }

    /**
     * The kernelspec that starts this very build: the running JDK, and the jar this class was loaded from, or,
     * when running from class directories (development, tests), the running class path.
     */
    public static Kernelspec forThisBuild(List<String> extraJvmOptions) {
        List<String> argv = new ArrayList<>();
        argv.add(javaExecutable().toString());
        argv.addAll(BASE_JVM_OPTIONS);
        if (Runtime.version().feature() >= 23) {
            // Tablesaw's class-path scanner (classgraph) uses sun.misc.Unsafe; Java 23+ would print a warning
            // block into the kernel log on every start. The option does not exist before 23.
            argv.add("--sun-misc-unsafe-memory-access=allow");
        }
        argv.addAll(extraJvmOptions);
        Path jar = codeLocation();
        if (jar != null && Files.isRegularFile(jar) && jar.toString().endsWith(".jar")) {
            argv.add("-jar");
            argv.add(jar.toString());
        } else {
            argv.add("-cp");
            argv.add(absoluteClassPath(System.getProperty("java.class.path")));
            argv.add(MAIN_CLASS);
        }
        argv.add("kernel");
        argv.add("{connection_file}");
        return new Kernelspec(argv, DISPLAY_NAME, "java");
    }

    /** The same kernelspec with {@code options} added right after the java executable. */
    public Kernelspec withJvmOptions(List<String> options) {
        List<String> a = new ArrayList<>(argv);
        a.addAll(1, options);
        return new Kernelspec(a, displayName, language);
    }

    /** {@code kernel.json}. */
    public String toJson() {
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        argv.forEach(a::add);
        o.add("argv", a);
        o.addProperty("display_name", displayName);
        o.addProperty("language", language);
        o.addProperty("interrupt_mode", "message");
        o.add("env", new JsonObject());
        JsonObject metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        o.add("metadata", metadata);
        return pretty(o);
    }

    /**
     * Writes {@code kernel.json} and the logos into {@code dir} (created if needed). Everything is written to
     * a sibling temporary directory first and moved into place, so a failed install leaves no half kernelspec.
     */
    public void writeTo(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp");
        try {
            // A temporary directory is private (700); a kernelspec must be readable by everyone who runs Jupyter.
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.writeString(tmp.resolve("kernel.json"), toJson(), StandardCharsets.UTF_8);
            for (String logo : List.of("logo-32x32.png", "logo-64x64.png")) {
                try (InputStream in = Kernelspec.class.getResourceAsStream(logo)) {
                    if (in == null) {
                        throw new IOException("The logo " + logo + " is missing from the kernel jar (a broken build?)");
                    }
                    Files.copy(in, tmp.resolve(logo));
                }
            }
            if (Files.exists(dir)) {
                deleteTree(dir);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    /** The java launcher of the running JDK. */
    public static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toAbsolutePath();
    }

    /** The jar (or class directory) this class was loaded from, or null if unknown. */
    static Path codeLocation() {
        CodeSource source = Kernelspec.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String absoluteClassPath(String classPath) {
        List<String> parts = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                parts.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static String pretty(JsonObject o) {
        return new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
