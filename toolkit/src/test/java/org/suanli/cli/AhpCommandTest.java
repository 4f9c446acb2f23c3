package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.ahp.AhpHierarchy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** {@code suanli ahp} on the shipped panel and example matrices (paths relative to the toolkit module). */
class AhpCommandTest {

    static final Path DATA = Path.of("..", "data", "ahp");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AhpCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void panelFileGivesTheFrameworkWeightsAsJson() {
        Run r = run(DATA.resolve("panel.csv").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("hierarchy", j.get("kind").getAsString());
        assertEquals(5, j.get("experts").getAsInt());
        assertTrue(j.get("consistent").getAsBoolean());
        JsonObject g = j.getAsJsonObject("globalWeights");
        assertEquals(14, g.size());
        Map<String, Double> expected = AhpHierarchy.standard().globalWeights();
        double sum = 0;
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), g.get(e.getKey()).getAsDouble(), 1e-12, e.getKey());
            sum += g.get(e.getKey()).getAsDouble();
        }
        assertEquals(1.0, sum, 1e-12);
        JsonArray matrices = j.getAsJsonArray("matrices");
        assertEquals(7, matrices.size());
        assertEquals(5, matrices.get(0).getAsJsonObject().getAsJsonArray("experts").size());
        assertEquals("saaty1980", j.getAsJsonObject("randomIndex").get("id").getAsString());
    }

    @Test
    void expertFilesAsAPanelWithAipAndTextOutput() {
        Run r = run(DATA.resolve("expert-01.csv").toString(), DATA.resolve("expert-02.csv").toString(),
                "--aggregate", "aip-geometric", "--ri", "alonso-lamata");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("from 2 expert(s)"), r.out());
        assertTrue(r.out().contains("aggregation aip-geometric"), r.out());
        assertTrue(r.out().contains("computing_patent_grants"), r.out());
        assertTrue(r.out().contains("All judged nodes are acceptably consistent."), r.out());
    }

    @Test
    void oneMatrixReproducesSaaty2008() {
        Run r = run(DATA.resolve("examples/drinks-saaty2008.csv").toString(), "--ri", "saaty2005", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("matrix", j.get("kind").getAsString());
        assertEquals(0.327, j.getAsJsonObject("weights").get("water").getAsDouble(), 0.0005);
        assertEquals(0.022, j.get("cr").getAsDouble(), 0.0005);
        assertTrue(j.get("consistent").getAsBoolean());
        assertTrue(j.get("diagnostics").isJsonNull());
    }

    @Test
    void inconsistentMatrixGetsDiagnostics() {
        Run r = run(DATA.resolve("examples/inconsistent-scale.csv").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertFalse(j.get("consistent").getAsBoolean());
        JsonObject d = j.getAsJsonObject("diagnostics");
        assertEquals(3, d.getAsJsonArray("contributions").size());
        assertTrue(d.get("crAfter").getAsDouble() <= 0.10);
        Run text = run(DATA.resolve("examples/inconsistent-scale.csv").toString());
        assertTrue(text.out().contains("INCONSISTENT") && text.out().contains("Suggested revision"), text.out());
    }

    @Test
    void incompleteMatrixIsCompletedAndReported() {
        Run r = run(DATA.resolve("examples/incomplete-bozoki2010.csv").toString(), "--ri", "donegan-dodd", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("bozoki", j.get("completion").getAsString());
        assertEquals(0.7303, j.getAsJsonArray("completed").get(0).getAsJsonObject().get("value").getAsDouble(), 1e-4);
        assertEquals(0.0372, j.get("cr").getAsDouble(), 0.00005);
        Run h = run(DATA.resolve("examples/incomplete-bozoki2010.csv").toString(), "--completion", "harker");
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().contains("Harker 1987"), h.out());
    }

    @Test
    void severalMatrixFilesArePooled(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("alice.csv");
        Path b = dir.resolve("bob.csv");
        Path c = dir.resolve("carol.csv");
        Files.writeString(a, ",A,B,C\nA,1,2,4\nB,,1,2\nC,,,1\n", StandardCharsets.UTF_8);
        Files.writeString(b, ",A,B,C\nA,1,8,4\nB,,1,1/2\nC,,,1\n", StandardCharsets.UTF_8);
        Files.writeString(c, ",A,B,C\nA,1,9,1/9\nB,,1,9\nC,,,1\n", StandardCharsets.UTF_8);
        Run r = run(a.toString(), b.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("panel", j.get("kind").getAsString());
        assertEquals(4 / 6.0, j.getAsJsonObject("weights").get("A").getAsDouble(), 1e-12);
        assertEquals(0.0, j.getAsJsonObject("aggregate").get("cr").getAsDouble(), 1e-12);
        Run excl = run(a.toString(), c.toString(), "--exclude-inconsistent", "--json");
        JsonObject e = JsonParser.parseString(excl.out()).getAsJsonObject();
        JsonObject carol = e.getAsJsonArray("experts").get(1).getAsJsonObject();
        assertEquals("carol", carol.get("id").getAsString());
        assertFalse(carol.get("included").getAsBoolean());
        assertEquals(4 / 7.0, e.getAsJsonObject("weights").get("A").getAsDouble(), 1e-12);
        Run text = run(a.toString(), c.toString(), "--exclude-inconsistent");
        assertTrue(text.out().contains("(excluded)") && text.out().contains("INCONSISTENT"), text.out());
    }

    @Test
    void badInputExitsThreeAndNamesTheCell(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, ",A,B\nA,1,3\nB,3,1\n", StandardCharsets.UTF_8);
        Run r = run(bad.toString());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains("bad.csv, line 2, cell [A, B]") && r.err().contains("not reciprocal"), r.err());
        assertEquals(ExitCodes.INPUT, run(dir.resolve("missing.csv").toString()).code());
        Run opt = run(bad.toString(), "--ri", "nonsense");
        assertEquals(2, opt.code());
        assertTrue(opt.err().contains("Unknown random-index table 'nonsense'"), opt.err());
    }

    @Test
    void expertFileWithAWrongNodeFailsWithAllProblems(@TempDir Path dir) throws Exception {
        Path e = dir.resolve("e.csv");
        Files.writeString(e, "node,row,column,value\nindex,scale,industry,2\nscale,basic_compute,intelligent_compute,1/2\n",
                StandardCharsets.UTF_8);
        Run r = run(e.toString());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains("node 'index' needs a 5×5 matrix"), r.err());
        assertTrue(r.err().contains("node 'industry' has 3 children"), r.err());
    }
}
