package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/**
 * Issue 17's bad-input cases, one test each: the message, where it points (file, row, column), the exit code,
 * that no Java stack trace or Java API advice reaches the prompt, and that the input file is unchanged. The files
 * are under {@code src/test/resources/bad-input/}.
 */
class BadInputTest {

    /** What one command run printed and returned. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(Supplier<Callable<Integer>> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command.get());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A fixture, its hash taken before the command runs and compared after it. */
    private static final class Fixture {
        final Path path;
        final byte[] hash;

        Fixture(String name) throws IOException, URISyntaxException {
            path = Path.of(BadInputTest.class.getResource("/bad-input/" + name).toURI());
            hash = sha256(path);
        }

        String p() {
            return path.toString();
        }

        void assertUnchanged() throws IOException {
            assertArrayEquals(hash, sha256(path), path + " was changed by the command");
        }
    }

    private static byte[] sha256(Path p) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Nothing meant for a Java programmer, and no stack trace. */
    private static void assertForAPerson(Run r) {
        assertFalse(r.all().contains("\tat "), "a stack trace reached the prompt:\n" + r.all());
        assertFalse(r.all().contains("Exception"), "an exception's name reached the prompt:\n" + r.all());
        for (String api : List.of("withOverrides", "MissingPolicy", "IndicatorData.", "IndexModel.")) {
            assertFalse(r.all().contains(api), "Java API advice '" + api + "' at the prompt:\n" + r.all());
        }
    }

    @Test
    void aByteOrderMarkIsReadLikeAnyUtf8File() throws Exception {
        Fixture f = new Fixture("bom.csv");
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.OK, v.exit(), v.all());
        assertTrue(v.out().contains(f.p() + ": 1 valid rows, 0 error(s)"), v.out());
        Run i = run(IndexCommand::new, "--override", f.p());
        assertEquals(ExitCodes.OK, i.exit(), i.all());
        assertTrue(i.err().contains("read " + Inputs.show(f.path) + " as override: 1 value(s), of which 1 replaced a value of the data"), i.err());
        assertForAPerson(i);
        f.assertUnchanged();
    }

    @Test
    void anOverrideWithAYearOutsideTheDataIsRefusedAtItsRowWithExitThree() throws Exception {
        Fixture f = new Fixture("year-2021.csv");
        Run r = run(ScorecardCommand::new, "--override", f.p());
        assertEquals(ExitCodes.INPUT, r.exit(), r.all());
        assertTrue(r.err().contains(f.p() + ":2: column 'year': error: year 2021 is not in the data (2022, 2023)"), r.err());
        assertForAPerson(r);
        Run json = run(ScorecardCommand::new, "--override", f.p(), "--json");
        assertEquals(ExitCodes.INPUT, json.exit());
        JsonObject error = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("error");
        assertEquals(ExitCodes.INPUT, error.get("exitCode").getAsInt());
        JsonObject issue = error.getAsJsonArray("issues").get(0).getAsJsonObject();
        assertEquals(f.p(), issue.get("file").getAsString());
        assertEquals(2, issue.get("row").getAsInt());
        assertEquals("year", issue.get("column").getAsString());
        // validate does not know the file's role, so it warns in the same words the commands refuse with
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.OK, v.exit(), v.all());
        assertTrue(v.out().contains(f.p() + ":2: column 'year': warning: as an --override of the shipped data/indicators.csv"
                + " this file would be refused: year 2021 is not in the data (2022, 2023)"), v.out());
        f.assertUnchanged();
    }

    @Test
    void aHeaderOnlyFileAsDataIsAnInputErrorNotAStackTrace() throws Exception {
        Fixture f = new Fixture("header-only.csv");
        Run r = run(ScorecardCommand::new, "--data", f.p());
        assertEquals(ExitCodes.INPUT, r.exit(), r.all());
        assertTrue(r.err().contains(f.p() + ": error: the file has a header but no data rows"), r.err());
        assertForAPerson(r);
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.OK, v.exit());
        assertTrue(v.out().contains(f.p() + ": warning: the file has a header but no data rows"), v.out());
        f.assertUnchanged();
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws Exception {
        Fixture f = new Fixture("empty.csv");
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.INPUT, v.exit());
        assertTrue(v.out().contains(f.p() + ": error: the file is empty; a data file starts with the header line "
                + "year,province,indicator,value,unit,provenance,source"), v.out());
        assertTrue(v.out().contains("1 error(s)"), "one error, not one per column: " + v.out());
        Run i = run(IndexCommand::new, "--data", f.p());
        assertEquals(ExitCodes.INPUT, i.exit());
        assertTrue(i.err().contains("the file is empty"), i.err());
        assertForAPerson(i);
        f.assertUnchanged();
    }

    @Test
    void aSemicolonOrTabSeparatedFileGetsOneDelimiterHint() throws Exception {
        for (String name : List.of("semicolon.csv", "tab.csv")) {
            Fixture f = new Fixture(name);
            Run v = run(ValidateCommand::new, f.p());
            assertEquals(ExitCodes.INPUT, v.exit());
            String what = name.equals("tab.csv") ? "tabs" : "semicolons (;)";
            assertTrue(v.out().contains(f.p() + ":1: error: the columns are separated by " + what + ", not by commas"), v.out());
            assertTrue(v.out().contains(": 0 valid rows, 1 error(s)"), v.out());
            assertFalse(v.out().contains("column is missing"), v.out());
            f.assertUnchanged();
        }
    }

    @Test
    void aHeaderInAnotherCaseGetsAHint() throws Exception {
        Fixture f = new Fixture("header-case.csv");
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.INPUT, v.exit());
        assertTrue(v.out().contains(f.p() + ":1: error: the header is 'Year,Province,Indicator,Value,Unit,Provenance,Source',"
                + " but column names are lower case"), v.out());
        assertTrue(v.out().contains("1 error(s)"), v.out());
        f.assertUnchanged();
    }

    @Test
    void aBlankTrailingRowIsSkipped() throws Exception {
        Fixture f = new Fixture("blank-trailing-row.csv");
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.OK, v.exit(), v.out());
        assertTrue(v.out().contains(f.p() + ": 1 valid rows, 0 error(s)"), v.out());
        f.assertUnchanged();
    }

    @Test
    void aGb18030FileIsNamedWithTheLineAndTheFix() throws Exception {
        Fixture f = new Fixture("gb18030.csv");
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.INPUT, v.exit());
        assertTrue(v.out().contains(f.p() + ":2: error: the file is not UTF-8 text (it reads as GB18030/GBK"), v.out());
        assertTrue(v.out().contains("'CSV UTF-8 (comma delimited)'"), v.out());
        Run s = run(EconomyCommand::new, "--override", f.p());
        assertEquals(ExitCodes.INPUT, s.exit());
        assertForAPerson(s);
        f.assertUnchanged();
    }

    @Test
    void anUnclosedQuoteIsLocated() throws Exception {
        Fixture f = new Fixture("unclosed-quote.csv");
        Run v = run(ValidateCommand::new, f.p());
        assertEquals(ExitCodes.INPUT, v.exit());
        assertTrue(v.out().contains(f.p() + ":2: error: the CSV cannot be read from this line on: a quoted field is not closed"),
                v.out());
        f.assertUnchanged();
    }

    @Test
    void aMissingFileIsAnInputErrorForEveryCommand() {
        String missing = "no-such-file.csv";
        List<Run> runs = new ArrayList<>();
        runs.add(run(ValidateCommand::new, missing));
        runs.add(run(ScorecardCommand::new, "--data", missing));
        runs.add(run(IndexCommand::new, "--override", missing));
        runs.add(run(EconomyCommand::new, "--economy", missing));
        runs.add(run(CapacityCommand::new, "--stated", missing));
        runs.add(run(AhpCommand::new, missing));
        runs.add(run(EconomyDataCommand::new, "--file", missing, "--check"));
        for (Run r : runs) {
            assertEquals(ExitCodes.INPUT, r.exit(), r.all());
            assertTrue(r.all().contains(missing + ": ") && r.all().contains("the file does not exist"), r.all());
            assertForAPerson(r);
        }
    }

    @Test
    void aBareNumericMatrixGetsGeneratedLabelsAndTheSameWeightsAsItsLabelledTwin() throws Exception {
        Fixture bare = new Fixture("ahp-bare.csv");
        Fixture labelled = new Fixture("ahp-labelled.csv");
        Run b = run(AhpCommand::new, bare.p(), "--json");
        Run l = run(AhpCommand::new, labelled.p(), "--json");
        assertEquals(ExitCodes.OK, b.exit(), b.all());
        JsonObject bj = JsonParser.parseString(b.out()).getAsJsonObject();
        JsonObject lj = JsonParser.parseString(l.out()).getAsJsonObject();
        assertTrue(bj.getAsJsonArray("warnings").get(0).getAsString().contains(
                "the file is a bare 3×3 matrix without labels, so its elements are named C1…C3 in row order"), b.out());
        String[] ours = {"C1", "C2", "C3"};
        String[] theirs = {"A", "B", "C"};
        for (int i = 0; i < 3; i++) {
            assertEquals(lj.getAsJsonObject("weights").get(theirs[i]).getAsDouble(),
                    bj.getAsJsonObject("weights").get(ours[i]).getAsDouble(), 1e-12);
        }
        assertEquals(lj.get("cr").getAsDouble(), bj.get("cr").getAsDouble(), 1e-12);
        Run text = run(AhpCommand::new, bare.p());
        assertTrue(text.out().contains("named C1…C3"), "the text output says so too: " + text.out());
        bare.assertUnchanged();
        labelled.assertUnchanged();
    }

    @Test
    void everyValueErrorOfAMatrixIsReportedAtOnce() throws Exception {
        Fixture f = new Fixture("ahp-two-errors.csv");
        Run r = run(AhpCommand::new, f.p());
        assertEquals(ExitCodes.INPUT, r.exit(), r.all());
        assertTrue(r.err().contains(f.p() + " has 2 errors"), r.err());
        assertTrue(r.err().contains("line 2, cell [A, B] (row 1, column 2): 'three' is not a number"), r.err());
        assertTrue(r.err().contains("line 3, cell [B, C] (row 2, column 3): judgment -2 is not positive"), r.err());
        assertForAPerson(r);
        f.assertUnchanged();
    }

    @Test
    void validateRecognisesAnAhpFileByItsContentOutsideDataAhp() throws Exception {
        Fixture bad = new Fixture("ahp-two-errors.csv");
        Fixture bare = new Fixture("ahp-bare.csv");
        Run v = run(ValidateCommand::new, bad.p(), bare.p());
        assertEquals(ExitCodes.INPUT, v.exit(), v.out());
        assertTrue(v.out().contains(bad.p() + ":2: column '[A, B]': error: 'three' is not a number"), v.out());
        assertTrue(v.out().contains(bad.p() + ":3: column '[B, C]': error: judgment -2 is not positive"), v.out());
        assertTrue(v.out().contains(bare.p() + ": an AHP comparison matrix"), v.out());
        assertFalse(v.out().contains("column is missing"), "not read as long-form data: " + v.out());
        bad.assertUnchanged();
    }

    @Test
    void indexAndEconomyTakeOverridesAndRecordTheirInputsWithHashes() throws Exception {
        Fixture f = new Fixture("override-2023.csv");
        Run i = run(IndexCommand::new, "--override", f.p(), "--json");
        assertEquals(ExitCodes.OK, i.exit(), i.all());
        JsonArray inputs = JsonParser.parseString(i.out()).getAsJsonObject().getAsJsonArray("inputs");
        JsonObject override = inputs.get(1).getAsJsonObject();
        assertEquals("override", override.get("role").getAsString());
        assertEquals(HexFormat.of().formatHex(f.hash), override.get("sha256").getAsString());
        assertEquals(2, override.get("replaced").getAsInt());
        assertEquals(0, override.get("added").getAsInt());
        assertEquals("data", inputs.get(0).getAsJsonObject().get("role").getAsString());
        assertEquals(HexFormat.of().formatHex(sha256(org.suanli.data.DataFiles.path("indicators.csv"))),
                inputs.get(0).getAsJsonObject().get("sha256").getAsString());
        Run e = run(EconomyCommand::new, "--override", f.p());
        assertEquals(ExitCodes.OK, e.exit(), e.all());
        assertTrue(e.err().contains("read " + Inputs.show(f.path) + " as override: 2 value(s), of which 2 replaced a value of the data"), e.err());
        f.assertUnchanged();
    }

    @Test
    void scorecardOverrideListsTheVerdictsItChanged() throws Exception {
        Fixture f = new Fixture("override-2023.csv");
        Run r = run(ScorecardCommand::new, "--override", f.p(), "--json");
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(doc.getAsJsonArray("statements").size() > 0);
        boolean found = false;
        for (var c : doc.getAsJsonArray("changed")) {
            JsonObject o = c.getAsJsonObject();
            if (o.get("id").getAsString().equals("industry.beijing_software")) {
                found = true;
                assertEquals("holds", o.get("before").getAsString());
                assertEquals("fails", o.get("after").getAsString());
            }
        }
        assertTrue(found, "北京's software revenue set to 1 must change industry.beijing_software: " + doc.get("changed"));
        assertTrue(r.exit() == ExitCodes.OK || r.exit() == ExitCodes.FAILS, "a verdict, not an input error: " + r.err());
        f.assertUnchanged();
    }

    @Test
    void aValueGivenByTwoDataFilesIsToldInCommandLineTerms() throws Exception {
        Fixture f = new Fixture("override-2023.csv");
        Run r = run(IndexCommand::new, "--data", org.suanli.data.DataFiles.path("indicators.csv") + "," + f.p());
        assertEquals(ExitCodes.INPUT, r.exit());
        assertTrue(r.err().contains(f.p() + ":2: error: (2023, 北京, software_revenue_100m_yuan) is also given at "), r.err());
        assertTrue(r.err().contains("pass this file with --override instead of --data"), r.err());
        assertForAPerson(r);
        f.assertUnchanged();
    }
}
