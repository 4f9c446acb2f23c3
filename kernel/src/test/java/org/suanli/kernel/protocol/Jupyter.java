package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Jupyter (Python's jupyter_client and nbclient) for the integration tests, in a private Jupyter
 * directory: the kernelspec goes to {@code ROOT/share/jupyter/kernels}, and JUPYTER_PATH, JUPYTER_DATA_DIR,
 * JUPYTER_RUNTIME_DIR and JUPYTER_CONFIG_DIR all point under ROOT, so the user's own Jupyter is untouched.
 *
 * <p>Missing Jupyter fails the tests (with what to install), unless {@code SUANLI_SKIP_JUPYTER=1}.
 */
final class Jupyter {

    static final Path PYTHON_DIR = Path.of("src/test/python").toAbsolutePath();
    private static String python;

    private Jupyter() {
    }

    /** A python3 that has jupyter_client and nbclient: SUANLI_PYTHON, python3 on the PATH, /usr/bin/python3. */
    static synchronized String python() {
        if (python != null) {
            return python;
        }
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("SUANLI_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String candidate : candidates) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import jupyter_client, nbclient, nbformat")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    python = candidate;
                    return python;
                }
            } catch (IOException e) {
                // not there; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String message = "No python3 with jupyter_client and nbclient was found (tried " + candidates + "). "
                + "Install Jupyter (Debian: apt-get install jupyter-client python3-jupyter-client python3-nbclient "
                + "jupyter-nbconvert python3-ipykernel), or set SUANLI_PYTHON to a python3 that has them, or set "
                + "SUANLI_SKIP_JUPYTER=1 to skip the Jupyter integration tests.";
        if ("1".equals(System.getenv("SUANLI_SKIP_JUPYTER"))) {
            Assumptions.abort(message);
        }
        fail(message);
        return null;
    }

    /** The environment that confines Jupyter to {@code root}. */
    static Map<String, String> environment(Path root) {
        return Map.of("JUPYTER_PATH", root.resolve("share/jupyter").toString(),
                "JUPYTER_DATA_DIR", root.resolve("data").toString(),
                "JUPYTER_RUNTIME_DIR", root.resolve("runtime").toString(),
                "JUPYTER_CONFIG_DIR", root.resolve("config").toString(),
                "JUPYTER_PLATFORM_DIRS", "1",
                "PYTHONDONTWRITEBYTECODE", "1");
    }

    /** Writes a kernelspec that runs {@code mainClass} on the test class path (for the scripted interpreter). */
    static void writeKernelspec(Path root, String name, String mainClass, String... args) throws IOException {
        Path dir = root.resolve("share/jupyter/kernels").resolve(name);
        Files.createDirectories(dir);
        JsonArray argv = new JsonArray();
        argv.add(Kernelspec.javaExecutable().toString());
        Kernelspec.BASE_JVM_OPTIONS.forEach(argv::add);
        argv.add("-cp");
        argv.add(System.getProperty("java.class.path"));
        argv.add(mainClass);
        for (String a : args) {
            argv.add(a);
        }
        argv.add("{connection_file}");
        JsonObject spec = new JsonObject();
        spec.add("argv", argv);
        spec.addProperty("display_name", name);
        spec.addProperty("language", "java");
        spec.addProperty("interrupt_mode", "message");
        Files.writeString(dir.resolve("kernel.json"), spec.toString(), StandardCharsets.UTF_8);
    }

    /** Runs a Python script from src/test/python with the confined environment; returns its exit code. */
    static int runScript(Path root, Path log, Duration timeout, String script, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python(), PYTHON_DIR.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(environment(root));
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(script + " did not finish within " + timeout + "; its output:\n" + Files.readString(log));
        }
        return p.exitValue();
    }

    /** The bridge process (jupyter_bridge.py) driving one kernel through jupyter_client. */
    static final class Bridge implements AutoCloseable {
        private final Process process;
        private final Writer in;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Path kernelLog;
        private final StringBuilder bridgeErr = new StringBuilder();

        Bridge(Path root, String kernelName) throws IOException {
            kernelLog = root.resolve("kernel-" + kernelName + ".log");
            ProcessBuilder pb = new ProcessBuilder(python(), PYTHON_DIR.resolve("jupyter_bridge.py").toString(),
                    kernelName, kernelLog.toString());
            pb.environment().putAll(environment(root));
            process = pb.start();
            in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread out = new Thread(() -> pump(new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true), "bridge-out");
            Thread err = new Thread(() -> pump(new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false), "bridge-err");
            out.setDaemon(true);
            err.setDaemon(true);
            out.start();
            err.start();
        }

        private void pump(BufferedReader reader, boolean stdout) {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (stdout) {
                        lines.add(line);
                    } else {
                        synchronized (bridgeErr) {
                            bridgeErr.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }

        /** Sends one command and returns the bridge's answer; fails the test with the logs on error. */
        JsonObject call(JsonObject command, Duration timeout) {
            try {
                in.write(command.toString() + "\n");
                in.flush();
                String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (line == null) {
                    fail("jupyter_bridge.py did not answer " + command + " within " + timeout + diagnostics());
                }
                JsonObject answer = JsonParser.parseString(line).getAsJsonObject();
                if (!answer.get("ok").getAsBoolean()) {
                    fail("jupyter_bridge.py failed on " + command + ": " + answer.get("traceback").getAsString()
                            + diagnostics());
                }
                return answer;
            } catch (IOException e) {
                fail("jupyter_bridge.py is gone: " + e + diagnostics());
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        JsonObject call(String op, Object... keyValues) {
            JsonObject c = new JsonObject();
            c.addProperty("op", op);
            for (int i = 0; i < keyValues.length; i += 2) {
                c.add((String) keyValues[i], Json.fromValue(keyValues[i + 1]));
            }
            return call(c, Duration.ofSeconds(180));
        }

        String diagnostics() {
            String log;
            try {
                log = Files.exists(kernelLog) ? Files.readString(kernelLog, StandardCharsets.UTF_8) : "(none)";
            } catch (IOException e) {
                log = e.toString();
            }
            synchronized (bridgeErr) {
                return "\n--- kernel log:\n" + log + "\n--- bridge stderr:\n" + bridgeErr;
            }
        }

        @Override
        public void close() throws Exception {
            in.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static String classPathSeparator() {
        return File.pathSeparator;
    }
}
