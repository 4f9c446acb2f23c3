package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

class SensitivityCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SensitivityCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void sameSeedGivesByteIdenticalJsonOnOneThreadAndOnAll() {
        String[] one = run("--n", "512", "--seed", "3", "--statement-runs", "4", "--json", "--threads", "1");
        String[] all = run("--n", "512", "--seed", "3", "--statement-runs", "4", "--json");
        assertEquals("0", one[0], one[2]);
        assertEquals(one[1], all[1]);
        assertEquals("", one[2], "no progress bar when not on a terminal");
        JsonObject doc = JsonParser.parseString(one[1]).getAsJsonObject();
        assertEquals(31, doc.getAsJsonArray("ranks").size());
        assertEquals(512 * (doc.getAsJsonArray("inputs").size() + 2), doc.get("runs").getAsLong());
        String[] other = run("--n", "512", "--seed", "4", "--statement-runs", "4", "--json", "--threads", "1");
        assertTrue(!other[1].equals(one[1]), "another seed, another sample");
    }

    @Test
    void testFunctionsPrintEstimatesNextToTheAnalyticValues() {
        String[] r = run("--test-function", "ishigami", "--n", "4096", "--json", "--threads", "2");
        assertEquals("0", r[0], r[2]);
        JsonObject doc = JsonParser.parseString(r[1]).getAsJsonObject();
        JsonArray est = doc.getAsJsonArray("sensitivity").get(0).getAsJsonObject().getAsJsonArray("indices");
        JsonArray exact = doc.getAsJsonArray("analytic");
        assertEquals(3, est.size());
        for (int i = 0; i < 3; i++) {
            double s1 = est.get(i).getAsJsonObject().get("s1").getAsDouble();
            double want = exact.get(i).getAsJsonObject().get("S1").getAsDouble();
            assertEquals(want, s1, 0.05, "x" + (i + 1));
        }
        String[] g = run("--test-function", "sobol-g", "--n", "1024");
        assertEquals("0", g[0], g[2]);
        assertTrue(g[1].contains("x8"), g[1]);
    }

    @Test
    void textReportNamesTheDominantInput() {
        String[] r = run("--n", "256", "--statement-runs", "4", "--inputs", "aggregation,standardisation");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("largest total effect"), r[1]);
        assertTrue(r[1].contains("overall.top6"), r[1]);
    }

    @Test
    void badOptionsAreExplainedWithoutAStackTrace() {
        String[] input = run("--inputs", "colour");
        assertEquals("2", input[0]);
        assertTrue(input[2].contains("inputs are"), input[2]);
        String[] fn = run("--test-function", "rosenbrock");
        assertEquals("2", fn[0]);
        assertTrue(fn[2].contains("ishigami"), fn[2]);
        String[] n = run("--n", "1");
        assertEquals("2", n[0]);
        String[] focus = run("--focus", "台湾", "--n", "16");
        assertEquals("1", focus[0]);
        assertTrue(focus[2].contains("not in the data") && !focus[2].contains("\tat "), focus[2]);
        String[] w = run("--weights", "random");
        assertEquals("2", w[0]);
    }
}
