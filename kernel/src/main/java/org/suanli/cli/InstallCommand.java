package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import org.suanli.kernel.protocol.ConnectionInfo;
import org.suanli.kernel.protocol.KernelClient;
import org.suanli.kernel.protocol.Kernelspec;
import org.suanli.runner.ExitCodeScheme;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code suanli install}: registers the kernel with Jupyter by writing a kernelspec, the same way
 * {@code jupyter kernelspec install} would place it, and optionally proves it starts.
 */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Register the Java (Suanli) kernel with Jupyter (writes a kernelspec).",
                "Default: for this user (--user)."},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":installed (and, with --check, the kernel answered)",
                ExitCodeScheme.FAILS + ":the kernelspec cannot be written, or --check failed", ExitCodeScheme.USAGE_LINE})
public final class InstallCommand implements Callable<Integer> {

    static final class Where {
        @Option(names = "--user", description = "Install for this user (the Jupyter data directory; default).")
        boolean user;
        @Option(names = "--sys-prefix", description = "Install into the active Python environment (VIRTUAL_ENV, "
                + "CONDA_PREFIX, or the prefix of python3 on the PATH).")
        boolean sysPrefix;
        @Option(names = "--prefix", paramLabel = "DIR", description = "Install under DIR/share/jupyter/kernels.")
        Path prefix;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Where where = new Where();

    @Option(names = "--name", paramLabel = "NAME", defaultValue = Kernelspec.DEFAULT_NAME,
            description = "The kernelspec's name (default: ${DEFAULT-VALUE}); notebooks refer to it.")
    String name;

    @Option(names = "--jvm-opt", paramLabel = "OPT",
            description = "An option for the kernel's JVM, e.g. --jvm-opt=-Xmx8g (repeatable).")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--no-cds", negatable = false, description = "Do not create the class-data-sharing archive "
            + "that makes the kernel start about 30%% faster (it takes a training run of the kernel at install).")
    boolean noCds;

    @Option(names = "--check", description = "Start the installed kernel once and check that it answers "
            + "kernel_info, then shut it down.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!name.matches("[A-Za-z0-9._-]+")) {
            err.println("suanli install: the name '" + name + "' may only contain letters, digits, '.', '_' and '-'"
                    + " (Jupyter's rule for kernelspec names).");
            return 2;
        }
        Path kernels;
        try {
            kernels = kernelsDirectory();
        } catch (IOException e) {
            err.println("suanli install: " + e.getMessage());
            return 2;
        }
        Path dir = kernels.resolve(name.toLowerCase(Locale.ROOT));
        Kernelspec spec = Kernelspec.forThisBuild(jvmOptions);
        boolean replaced = Files.exists(dir);
        Path archive = null;
        if (!noCds && spec.argv().contains("-jar")) {
            out.println("Creating the start-up archive (one training run of the kernel, a few seconds) ...");
            out.flush();
            archive = trainArchive(spec, err);
        }
        try {
            if (archive != null) {
                Path target = dir.resolve(CDS_ARCHIVE);
                spec = spec.withJvmOptions(List.of("-XX:SharedArchiveFile=" + target, "-Xshare:auto", "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"));
                spec.writeTo(dir);
                Files.move(archive, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                spec.writeTo(dir);
            }
        } catch (IOException e) {
            err.println("suanli install: cannot write the kernelspec to " + dir + ": " + e.getMessage());
            return 1;
        } finally {
            if (archive != null) {
                try {
                    Files.deleteIfExists(archive);
                    Files.deleteIfExists(archive.getParent());
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
        out.println((replaced ? "Replaced" : "Installed") + " the kernelspec '" + name + "' (" + spec.displayName()
                + ") in " + dir);
        out.println("  runs: " + String.join(" ", spec.argv()));
        if (!check) {
            out.println("Check it with 'suanli install --check', or list kernels with 'jupyter kernelspec list'.");
            return 0;
        }
        return check(spec, out, err);
    }

    static final String CDS_ARCHIVE = "suanli.jsa";

    /**
     * Runs the kernel once with {@code -XX:ArchiveClassesAtExit}: start, kernel_info, a few cells, shutdown.
     * The JVM then writes the classes it loaded (jeromq, Gson, JShell, javac, the engine) into an archive that
     * later starts map instead of loading and verifying them again. Returns the archive, or null (with a note)
     * if the training failed; the kernel works without it, only slower to start. The archive belongs to this
     * JDK and this jar: after rebuilding the jar, install again (a stale archive is ignored, not harmful).
     */
    static Path trainArchive(Kernelspec spec, PrintWriter err) {
        Path tmp = null;
        Process process = null;
        try {
            tmp = Files.createTempDirectory("suanli-cds");
            Path archive = tmp.resolve(CDS_ARCHIVE);
            ConnectionInfo info = KernelClient.freeLocalConnection();
            Path connectionFile = tmp.resolve("kernel-train.json");
            Files.writeString(connectionFile, KernelClient.toJson(info), StandardCharsets.UTF_8);
            privateFile(connectionFile);
            List<String> argv = new ArrayList<>();
            for (String a : spec.argv()) {
                argv.add(a.replace("{connection_file}", connectionFile.toString()));
            }
            argv.add(1, "-XX:ArchiveClassesAtExit=" + archive);
            argv.add(2, "-Xlog:cds=off");
            argv.add(3, "-Xlog:cds+dynamic=off");
            process = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("train.log").toFile()).start();
            try (KernelClient client = new KernelClient(info)) {
                if (client.request(false, "kernel_info_request", new JsonObject(), Duration.ofSeconds(60)) == null) {
                    throw new IOException("the training kernel did not answer kernel_info");
                }
                for (String code : List.of("1 + 1", "int trained = 2;", "System.out.println(trained)",
                        "display(html(\"<b>x</b>\"))")) {
                    JsonObject cell = new JsonObject();
                    cell.addProperty("code", code);
                    cell.addProperty("silent", false);
                    cell.addProperty("store_history", true);
                    cell.add("user_expressions", new JsonObject());
                    cell.addProperty("allow_stdin", false);
                    client.request(false, "execute_request", cell, Duration.ofSeconds(120));
                }
                client.request(true, "shutdown_request", new JsonObject(), Duration.ofSeconds(10));
            }
            if (!process.waitFor(180, TimeUnit.SECONDS) || !Files.isRegularFile(archive)) {
                throw new IOException("the training kernel wrote no archive");
            }
            Files.deleteIfExists(connectionFile);
            Files.deleteIfExists(tmp.resolve("train.log"));
            return archive;
        } catch (IOException | RuntimeException e) {
            err.println("suanli install: note: no start-up archive (" + e.getMessage()
                    + "); the kernel works, it only starts slower.");
            if (tmp != null) {
                deleteQuietly(tmp);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Starts the kernel exactly as Jupyter would (the kernelspec's argv) and asks it for kernel_info. */
    /** A connection file holds the signing key: readable by its owner only (0600), as Jupyter writes it. */
    static void privateFile(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the temporary directory is the user's own
        }
    }

    static int check(Kernelspec spec, PrintWriter out, PrintWriter err) {
        Path tmp = null;
        Process process = null;
        try {
            tmp = Files.createTempDirectory("suanli-check");
            ConnectionInfo info = KernelClient.freeLocalConnection();
            Path connectionFile = tmp.resolve("kernel-check.json");
            Files.writeString(connectionFile, KernelClient.toJson(info), StandardCharsets.UTF_8);
            privateFile(connectionFile);
            Path log = tmp.resolve("kernel.log");
            List<String> argv = new ArrayList<>();
            for (String a : spec.argv()) {
                argv.add(a.replace("{connection_file}", connectionFile.toString()));
            }
            long start = System.nanoTime();
            process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (KernelClient client = new KernelClient(info)) {
                JsonObject reply = client.request(false, "kernel_info_request", new JsonObject(), Duration.ofSeconds(60));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (reply == null || !"ok".equals(reply.get("status").getAsString())) {
                    err.println("suanli install --check: the kernel did not answer kernel_info within 60 s"
                            + (process.isAlive() ? "" : " (it exited with code " + process.exitValue() + ")")
                            + ". Its log:");
                    err.println(Files.readString(log, StandardCharsets.UTF_8));
                    return 1;
                }
                JsonObject lang = reply.getAsJsonObject("language_info");
                out.printf(Locale.ROOT, "Check passed: kernel_info_reply after %.2f s (%s %s, protocol %s).%n", seconds,
                        lang.get("name").getAsString(), lang.get("version").getAsString(),
                        reply.get("protocol_version").getAsString());
                JsonObject shutdown = new JsonObject();
                shutdown.addProperty("restart", false);
                client.request(true, "shutdown_request", shutdown, Duration.ofSeconds(10));
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                err.println("suanli install --check: the kernel answered but did not exit after shutdown_request.");
                return 1;
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("suanli install --check: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Where kernelspecs go for the chosen scope, as Jupyter looks for them. */
    Path kernelsDirectory() throws IOException {
        if (where.prefix != null) {
            return where.prefix.toAbsolutePath().resolve("share/jupyter/kernels");
        }
        if (where.sysPrefix) {
            return Path.of(sysPrefix()).resolve("share/jupyter/kernels");
        }
        return userDataDirectory().resolve("kernels");
    }

    /** Jupyter's per-user data directory (jupyter_core's jupyter_data_dir()). */
    static Path userDataDirectory() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Library/Jupyter");
        }
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    private static String sysPrefix() throws IOException {
        for (String var : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.prefix)").redirectErrorStream(true)
                    .start();
            String prefix = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() == 0 && !prefix.isEmpty()) {
                return prefix;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // fall through
        }
        throw new IOException("--sys-prefix needs an active Python environment (VIRTUAL_ENV or CONDA_PREFIX) or "
                + "python3 on the PATH; none was found. Use --user or --prefix DIR instead.");
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
