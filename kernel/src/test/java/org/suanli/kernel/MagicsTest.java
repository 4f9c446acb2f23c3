package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The magics against a real JShell. Maven artifacts come from ~/.m2 with Maven Central pointed at a dead address. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MagicsTest {

    @TempDir
    static Path dir;

    private JShellInterpreter in;
    private String savedCentral;

    @BeforeAll
    void start() {
        savedCentral = System.getProperty("suanli.maven.central");
        // Nothing listens on port 9: any download attempt fails, so passing tests prove %maven works offline.
        System.setProperty("suanli.maven.central", "http://127.0.0.1:9/maven2/");
        in = new JShellInterpreter(EngineOptions.defaults().withWorkingDirectory(dir));
    }

    @AfterAll
    void stop() {
        in.shutdown();
        if (savedCentral == null) {
            System.clearProperty("suanli.maven.central");
        } else {
            System.setProperty("suanli.maven.central", savedCentral);
        }
    }

    private RecordingSink run(String code) {
        RecordingSink s = new RecordingSink();
        in.execute(ExecuteRequest.of(code), s);
        return s;
    }

    private static Path m2(String relative) {
        return MavenResolver.localRepository().resolve(relative);
    }

    @Test
    void mavenAddsACachedArtifactOnceAndItsClassesWork() {
        Path jar = m2("commons-cli/commons-cli/1.9.0/commons-cli-1.9.0.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(jar), "commons-cli 1.9.0 is in ~/.m2");
        RecordingSink s = run("%maven commons-cli:commons-cli:1.9.0\nvar o = new org.apache.commons.cli.Options().addOption(\"v\", \"verbose\", false, \"talk more\");\no.hasOption(\"verbose\")");
        assertNull(s.error(), s.errorText());
        assertEquals("true", s.resultText());
        assertTrue(s.stdout().contains("Added 1 entry to the class path"), s.stdout());
        RecordingSink again = run("%maven commons-cli:commons-cli:1.9.0");
        assertTrue(again.stdout().contains("Added 0 entries to the class path (1 already there)"), "[" + again.stdout() + "]" + again.outs);
        RecordingSink viaJars = run("%classpath add " + jar);
        assertTrue(viaJars.stdout().contains("Added 0 entries"), viaJars.stdout());
        assertEquals(1, in.addedClassPath().stream().filter(p -> p.endsWith("commons-cli-1.9.0.jar")).count());
    }

    @Test
    void mavenSkipsJarsTheKernelAlreadyHas() {
        RecordingSink s = run("%maven org.apache.commons:commons-math3:3.6.1\nnew org.apache.commons.math3.stat.descriptive.moment.Mean().evaluate(new double[] {1, 2, 6})");
        assertNull(s.error(), s.errorText());
        assertTrue(s.stdout().contains("Added 0 entries to the class path (1 already there)"), s.stdout());
        assertEquals("3.0", s.resultText());
    }

    @Test
    void mavenReportsWhatCannotBeResolved() {
        RecordingSink s = run("%maven org.suanli.nonexistent:nothing:9.9.9");
        assertEquals("MagicError", s.error().ename());
        assertTrue(s.error().evalue().contains("could not resolve org.suanli.nonexistent:nothing:9.9.9"), s.error().evalue());
        RecordingSink bad = run("%maven not-a-coordinate");
        assertTrue(bad.error().evalue().contains("is not a Maven coordinate"), bad.error().evalue());
    }

    @Test
    void jarsAndClasspathTakeFilesRelativeToTheWorkingDirectory() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path src = m2("commons-cli/commons-cli/1.9.0/commons-cli-1.9.0.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(src));
        Files.copy(src, lib.resolve("cli-copy.jar"));
        RecordingSink s = run("%jars lib/*.jar");
        assertNull(s.error(), s.errorText());
        assertTrue(s.stdout().contains("cli-copy.jar"), s.stdout());
        RecordingSink none = run("%jars nothing/*.jar");
        assertTrue(none.error().evalue().startsWith("no jar matches nothing/*.jar"), none.error().evalue());
        RecordingSink missing = run("%classpath add does/not/exist.jar");
        assertTrue(missing.error().evalue().contains("does not exist"), missing.error().evalue());
    }

    @Test
    void loadRunsAFileAndItsErrorsNameTheFile() throws IOException {
        Files.writeString(dir.resolve("helpers.jsh"), "int triple(int x) { return 3 * x; }\nint loaded = triple(5);\n", StandardCharsets.UTF_8);
        RecordingSink s = run("%load helpers.jsh\nloaded + 1");
        assertNull(s.error(), s.errorText());
        assertEquals("16", s.resultText());
        Files.writeString(dir.resolve("broken.jsh"), "int fine = 1;\nint broken = \"no\";\n", StandardCharsets.UTF_8);
        RecordingSink b = run("%load broken.jsh");
        assertTrue(b.error().evalue().startsWith("broken.jsh, line 2, column 14: incompatible types"), b.error().evalue());
    }

    @Test
    void cellMagicsTimeHtmlMarkdown() {
        RecordingSink t = run("%%time\nint slow = 0;\nfor (int i = 0; i < 1000; i++) slow += i;\nslow");
        assertTrue(t.stdout().matches("(?s)Wall time: [0-9.]+ m?s\\n"), t.stdout());
        assertEquals("499500", t.resultText());
        RecordingSink h = run("%%html\n<p>Hello <b>world</b></p>");
        assertEquals("<p>Hello <b>world</b></p>", h.of("display").get(0).data().get("text/html"));
        RecordingSink m = run("%%markdown\n# 标题\n*x*");
        assertTrue(((String) m.of("display").get(0).data().get("text/html")).contains("<h1>标题</h1>"));
    }

    @Test
    void magicsBetweenStatementsAndTheRemainderOperator() {
        RecordingSink s = run("int m1 = 17;\n%lsmagic\nint m2 = m1\n  % 5;\nm2");
        assertNull(s.error(), s.errorText());
        assertTrue(s.stdout().contains("%maven G:A:V"));
        assertEquals("2", s.resultText(), "'% 5' continuing a statement is Java, not a magic");
    }

    @Test
    void unknownMagicsAreClearErrors() {
        RecordingSink s = run("%nosuch arg");
        assertEquals("MagicError", s.error().ename());
        assertTrue(s.error().evalue().startsWith("unknown magic %nosuch;"), s.error().evalue());
        assertTrue(s.errorText().contains("line 1"));
        RecordingSink c = run("%%nosuch\nbody");
        assertTrue(c.error().evalue().startsWith("unknown magic %%nosuch"), c.error().evalue());
        RecordingSink wrongKind = run("%time");
        assertTrue(wrongKind.error().evalue().contains("%time is a cell magic"), wrongKind.error().evalue());
        assertEquals(List.of("%classpath", "%jars", "%maven", "%load", "%lsmagic", "%%time", "%%html", "%%markdown", "%%latex"),
                in.complete("%", 1).matches());
    }
}
