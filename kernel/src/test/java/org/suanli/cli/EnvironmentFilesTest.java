package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * What Binder and conda users get from {@code environment/}: the conda environment file parses and names what
 * the project needs, and {@code postBuild}, run against a temporary prefix (as the active conda environment),
 * installs a kernelspec that Jupyter's own {@code jupyter kernelspec list} finds there. Binder itself cannot be
 * run here.
 */
class EnvironmentFilesTest {

    private static final Path ENVIRONMENT = Path.of("..", "environment").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theCondaEnvironmentParsesAndNamesWhatTheProjectNeeds() throws Exception {
        Map<String, Object> env = new Yaml().load(Files.readString(ENVIRONMENT.resolve("environment.yml"),
                StandardCharsets.UTF_8));
        assertEquals("suanli", env.get("name"));
        assertEquals(List.of("conda-forge"), env.get("channels"));
        @SuppressWarnings("unchecked")
        List<String> dependencies = (List<String>) env.get("dependencies");
        List<String> names = dependencies.stream().map(d -> d.split("[=<>]")[0]).toList();
        assertTrue(dependencies.contains("openjdk=17"), dependencies.toString());
        assertTrue(names.contains("maven") && names.contains("nbclient"), dependencies.toString());
        assertTrue(names.contains("jupyterlab") || names.contains("notebook"), dependencies.toString());
        assertTrue(Files.isSymbolicLink(ENVIRONMENT.resolveSibling("binder")), "Binder reads binder/, a link to environment/");
        assertEquals(ENVIRONMENT, ENVIRONMENT.resolveSibling("binder").toRealPath());
    }

    @Test
    void postBuildInstallsAKernelspecThatJupyterFindsInThePrefix() throws Exception {
        Path postBuild = ENVIRONMENT.resolve("postBuild");
        assertTrue(Files.isExecutable(postBuild), "postBuild must be executable, as repo2docker runs it directly");
        Path prefix = dir.resolve("conda-env");
        Path emptyUserDir = Files.createDirectories(dir.resolve("user-jupyter"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder install = new ProcessBuilder(postBuild.toString()).redirectErrorStream(true);
        install.environment().remove("VIRTUAL_ENV");
        install.environment().put("CONDA_PREFIX", prefix.toString());
        // the suanli command through this test's class path (the launcher would build the jar first)
        install.environment().put("SUANLI", java + " -cp " + System.getProperty("java.class.path") + " org.suanli.cli.Suanli");
        install.environment().put("SUANLI_INSTALL_OPTS", "--no-cds");
        String installed = run(install);
        Path kernelDir = prefix.resolve("share/jupyter/kernels/suanli");
        assertTrue(Files.isRegularFile(kernelDir.resolve("kernel.json")), installed);

        ProcessBuilder list = new ProcessBuilder("jupyter", "kernelspec", "list", "--json");
        list.environment().put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        list.environment().put("JUPYTER_DATA_DIR", emptyUserDir.toString());
        list.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        String listed = run(list);
        JsonObject specs = JsonParser.parseString(listed.substring(listed.indexOf('{'))).getAsJsonObject()
                .getAsJsonObject("kernelspecs");
        assertTrue(specs.has("suanli"), listed);
        JsonObject suanli = specs.getAsJsonObject("suanli");
        assertEquals(kernelDir.toRealPath().toString(), Path.of(suanli.get("resource_dir").getAsString()).toRealPath().toString());
        assertEquals("Java (Suanli)", suanli.getAsJsonObject("spec").get("display_name").getAsString());
    }

    private static String run(ProcessBuilder process) throws Exception {
        Process p = process.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), process.command() + " did not finish");
        assertEquals(0, p.exitValue(), process.command() + ":\n" + out);
        return out;
    }
}
