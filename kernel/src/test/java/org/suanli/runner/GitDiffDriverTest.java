package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suanli diff --git} as git's diff driver for {@code *.ipynb}, set up exactly as docs/runner.md says
 * ({@code .gitattributes} and {@code git config diff.ipynb.command}), in a real repository.
 */
class GitDiffDriverTest {

    @TempDir
    Path repo;

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args) + " did not finish");
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ":\n" + out);
        return out;
    }

    private void writeNotebook(String answer) throws Exception {
        TestNotebooks.write(repo, "analysis.ipynb", TestNotebooks.cell("int answer = " + answer + ";"));
    }

    @Test
    void gitDiffShowsTheCellByCellComparison() throws Exception {
        git("init", "-q");
        Files.writeString(repo.resolve(".gitattributes"), "*.ipynb diff=ipynb\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // what docs/runner.md puts in place of "./suanli": the same command line, through the test's class path
        String suanli = java + " -cp " + System.getProperty("java.class.path") + " org.suanli.cli.Suanli";
        git("config", "diff.ipynb.command", suanli + " diff --git");
        writeNotebook("42");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        writeNotebook("43");
        String diff = git("diff");
        List<String> lines = diff.lines().map(String::strip).toList();
        assertTrue(lines.contains("--- a/analysis.ipynb") && lines.contains("+++ b/analysis.ipynb"), diff);
        assertTrue(lines.contains("- int answer = 42; (no newline at end)")
                && lines.contains("+ int answer = 43; (no newline at end)"), diff);
        assertTrue(lines.contains("1 cell differs: 1 changed, 0 added, 0 removed."), diff);
    }
}
