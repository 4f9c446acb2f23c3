package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class IndexCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new IndexCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void defaultRunPrintsTheSummaryAndTheScorecard() {
        String[] r = run("--scorecard");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("# standardisation: ratio to reference (base-year max ÷ k, k = 1.727) ×100"), r[1]);
        assertTrue(r[1].contains("# reference: anchored to base year 2022"), r[1]);
        assertTrue(r[1].contains("# reference factor: k = 1.727, fitted on industry.guangdong_score, overall.top6.threshold"), r[1]);
        assertTrue(r[1].contains("index statements holding: 15 of 21"), r[1]);
        String[] percentile = run("--scorecard", "--method", "percentile");
        assertTrue(percentile[1].contains("index statements holding: 15 of 21"), percentile[1]);
    }

    @Test
    void jsonSettingsNameTheBookReadingsBaseYearAndK() {
        String[] r = run("--json");
        assertEquals("0", r[0], r[2]);
        com.google.gson.JsonObject doc = com.google.gson.JsonParser.parseString(r[1]).getAsJsonObject();
        String choices = doc.getAsJsonArray("choices").toString();
        assertTrue(choices.contains("k = 1.727") && choices.contains("base year 2022"), choices);
    }

    @Test
    void jsonHasOneRowPerProvinceYearAndNode() {
        String[] r = run("--json", "--method", "ratio-to-max", "--base-year", "2022");
        assertEquals("0", r[0], r[2]);
        com.google.gson.JsonObject doc = com.google.gson.JsonParser.parseString(r[1]).getAsJsonObject();
        assertEquals(31 * 2 * 33, doc.getAsJsonArray("rows").size());
    }

    @Test
    void badChoicesAreExplained() {
        String[] unknown = run("--method", "magic");
        assertEquals("2", unknown[0]);
        assertTrue(unknown[2].contains("percentile"), unknown[2]);
        String[] geometricZ = run("--method", "z-score", "--geometric");
        assertEquals(String.valueOf(ExitCodes.USAGE), geometricZ[0]);
        assertTrue(geometricZ[2].contains("geometric"), geometricZ[2]);
        String[] year = run("--year", "1999");
        assertEquals(String.valueOf(ExitCodes.USAGE), year[0]);
        assertTrue(year[2].contains("1999"), year[2]);
    }
}
