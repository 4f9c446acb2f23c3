package org.suanli.kernel.protocol;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
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
     * Options every kernel JVM gets. UTF-8 everywhere (Java 17 has no LANG default) and no display needed. The
     * rest is for the cell round trip, whose time is javac compiling the snippet in a young JVM; each was measured
     * with {@code kernel/bench/kernel_bench.py} on two cores (median of 50 trivial cells):
     * <ul>
     * <li>{@code -XX:TieredStopAtLevel=1}, the C1 compiler only: C2 never finishes optimising javac within a
     *     session, and its threads take the second core (CPU per cell 93 → 45 ms, round trip 45 → 36 ms);
     * <li>{@code -XX:+UseSerialGC} with a 64 MB young generation: G1's barriers and concurrent threads cost more
     *     than they save on a heap of this size (round trip about 30 → 21 ms, CPU per cell 48 → 38 ms); a larger
     *     young generation measured slower, not faster;
     * <li>{@code -XX:CompileThresholdScaling=0.01}: methods are compiled after a hundredth of the usual calls,
     *     so the first cells run compiled javac sooner. Six interleaved runs each: cell 15.6 ms at 0.01, 16.9 at
     *     0.02, about 20-24 at 0.1 and 1; it costs start-up (0.46 → 0.63 s, all of the kernel's start-up code gets
     *     compiled too), which the 1 s budget affords. Scaling javac and JShell alone (a per-method
     *     {@code CompileCommand}) kept start-up at 0.46 s but gave 19.5 ms cells;
     * <li>{@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED}, so that the engine can hold JShell's class-path
     *     indexer back while the user is busy ({@code org.suanli.kernel.IndexerPause}: 2-5 ms per cell).
     * </ul>
     * Sessions that hold gigabytes of data may prefer G1 back: options given to install with {@code --jvm-opt}
     * come later and win, e.g. {@code --jvm-opt -XX:+UseG1GC}.
     */
    public static final List<String> BASE_JVM_OPTIONS = List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
            "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn64m",
            "-XX:CompileThresholdScaling=0.01", "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED");

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
        boolean ownCollector = extraJvmOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w*GC"));
        for (String o : BASE_JVM_OPTIONS) {
            // Two collectors on one command line stop the JVM ("conflicting collector combinations").
            if (!(ownCollector && o.equals("-XX:+UseSerialGC"))) {
                argv.add(o);
            }
        }
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
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
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
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
