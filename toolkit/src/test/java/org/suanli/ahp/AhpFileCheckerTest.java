package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.cli.ValidateCommand;
import org.suanli.data.ValidationIssue;

import picocli.CommandLine;

/** {@code suanli validate} hands AHP files to the AHP reader. */
class AhpFileCheckerTest {

    static final Path DATA = Path.of("..", "data", "ahp");

    @Test
    void shippedAhpFilesAreValid() {
        AhpFileChecker c = new AhpFileChecker();
        for (String f : List.of("panel.csv", "expert-01.csv", "examples/drinks-saaty2008.csv",
                "examples/incomplete-bozoki2010.csv")) {
            Path p = DATA.resolve(f);
            assertTrue(c.owns(p), f);
            List<ValidationIssue> issues = c.check(p);
            assertTrue(issues.stream().noneMatch(ValidationIssue::isError), f + ": " + issues);
        }
        assertEquals("an AHP panel of experts", c.describe(DATA.resolve("panel.csv")));
        assertFalse(c.owns(Path.of("..", "data", "framework.csv")));
        assertFalse(c.owns(Path.of("..", "README.md")));
    }

    @Test
    void inconsistentMatrixIsAWarning() {
        List<ValidationIssue> issues = new AhpFileChecker().check(DATA.resolve("examples/inconsistent-scale.csv"));
        assertEquals(1, issues.size(), issues.toString());
        assertFalse(issues.get(0).isError());
        assertTrue(issues.get(0).message().contains("CR = 1.232"), issues.toString());
    }

    @Test
    void validateCommandReportsAhpErrorsWithLineAndCell(@TempDir Path dir) throws Exception {
        Path ahp = Files.createDirectories(dir.resolve("data").resolve("ahp"));
        Path e = ahp.resolve("expert-09.csv");
        Files.writeString(e, "node,row,column,value\nindex,scale,industry,0\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ValidateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute(e.toString());
        assertEquals(3, code, out.toString());   // ExitCodes.INPUT
        assertTrue(out.toString().contains("expert-09.csv") && out.toString().contains(":2") && out.toString().contains("[scale, industry]")
                && out.toString().contains("not positive"), out.toString());
    }
}
