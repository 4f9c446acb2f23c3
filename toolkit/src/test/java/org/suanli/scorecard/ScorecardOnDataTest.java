package org.suanli.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.cli.ScorecardCommand;
import org.suanli.data.IndicatorData;
import org.suanli.data.IndicatorStatementEvaluator;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import picocli.CommandLine;

class ScorecardOnDataTest {

    static final Path INDICATORS = Path.of("..", "data", "indicators.csv");
    static final Path ECONOMY = Path.of("..", "data", "economy.csv");

    static Scorecard shipped() {
        return Scorecard.evaluate(ScorecardContext.of(IndicatorData.class, IndicatorData.load(INDICATORS)));
    }

    @Test
    void everyIndicatorLevelStatementHoldsOnTheShippedData() {
        Scorecard card = shipped();
        Set<String> ids = new IndicatorStatementEvaluator().ids();
        assertEquals(36, ids.size());
        for (String id : ids) {
            ScorecardEntry e = card.entry(id).orElseThrow(() -> new AssertionError("no statement " + id));
            assertEquals(Status.HOLDS, e.status(), id + ": expected " + e.expected() + " | actual " + e.actual() + " | " + e.note());
        }
        assertEquals(Status.HOLDS, card.entry("framework.counts").orElseThrow().status());
        assertEquals(Status.HOLDS, card.entry("framework.scope").orElseThrow().status());
        Set<String> dataIds = new HashSet<>(ids);
        dataIds.addAll(List.of("framework.counts", "framework.scope"));
        assertEquals(38, dataIds.size());
        assertTrue(card.entries().stream().filter(e -> dataIds.contains(e.id())).allMatch(e -> e.status() == Status.HOLDS),
                card.toText());
        // The discovered evaluators include both data evaluators (ServiceLoader registration works).
        assertTrue(Scorecard.discoverEvaluators().stream().anyMatch(e -> e instanceof IndicatorStatementEvaluator));
        // The anomaly is handled with a note, not silently.
        assertTrue(card.entry("app.digitalization_top").orElseThrow().note().contains("ANOMALY handled"));
    }

    @Test
    void withoutDataTheIndicatorStatementsSayWhatTheyNeed() {
        Scorecard card = Scorecard.evaluate(ScorecardContext.empty());
        ScorecardEntry e = card.entry("industry.device_top5").orElseThrow();
        assertEquals(Status.NOT_EVALUATED, e.status());
        assertTrue(e.note().contains("needs indicator data"), e.note());
        // Partial data: only compute indicators → the device statement names the missing indicator.
        IndicatorData full = IndicatorData.load(INDICATORS);
        IndicatorData computeOnly = full.select(List.of("server_compute_eflops", "ai_server_compute_eflops",
                "supercomputer_compute_eflops"));
        Scorecard partial = Scorecard.evaluate(ScorecardContext.of(IndicatorData.class, computeOnly));
        assertEquals(Status.HOLDS, partial.entry("scale.east_share").orElseThrow().status());
        ScorecardEntry dev = partial.entry("industry.device_top5").orElseThrow();
        assertEquals(Status.NOT_EVALUATED, dev.status());
        assertTrue(dev.note().contains("computing_device_output_10k_units"), dev.note());
    }

    static final String HEADER = "year,province,indicator,value,unit,provenance,source\n";

    @Test
    void aUsersOwnValuesForOneIndicatorChangeTheScorecard(@TempDir Path tmp) throws Exception {
        // A user's device output: 山东 at 900万台, above 广东.
        Path mine = tmp.resolve("my_devices.csv");
        Files.writeString(mine, HEADER + "2023,山东,computing_device_output_10k_units,900,万台,official,my provincial yearbook\n",
                StandardCharsets.UTF_8);
        IndicatorData data = IndicatorData.load(INDICATORS).withOverrides(IndicatorData.load(mine));
        Scorecard card = Scorecard.evaluate(ScorecardContext.of(IndicatorData.class, data));
        ScorecardEntry rank = card.entry("industry.shandong_device_rank").orElseThrow();
        assertEquals(Status.FAILS, rank.status());
        assertEquals("山东 rank 1 (900)", rank.actual());
        ScorecardEntry gd = card.entry("industry.guangdong_devices").orElseThrow();
        assertEquals(Status.FAILS, gd.status());
        // 820 / (1490.9 − 35.9 + 900) = 34.82%
        assertTrue(gd.actual().contains("34.82%"), gd.actual());
        // The set of the top five is unchanged, so that statement still holds; others are untouched.
        assertEquals(Status.HOLDS, card.entry("industry.device_top5").orElseThrow().status());
        assertEquals(Status.HOLDS, card.entry("env.invest_top5").orElseThrow().status());
        assertEquals(2, card.counts().get(Status.FAILS));

        // The same through the command line, which exits 1 when a statement fails.
        Run run = run("--override", mine.toString(), "--status", "fails");
        assertEquals(1, run.code);
        assertTrue(run.out.contains("industry.shandong_device_rank") && run.out.contains("FAILS"), run.out);
        assertTrue(!run.out.contains("industry.device_top5"), run.out);
    }

    @Test
    void jsonListsEveryStatementWithAStatus() {
        Run run = run("--json");
        Statements all = BlueBookAnalysis.statements(Statements.standard());
        Scorecard card = BlueBookAnalysis.run(IndicatorData.load(INDICATORS), IndicatorData.load(ECONOMY)).scorecard(all);
        assertEquals(card.counts().get(Status.FAILS) > 0 ? 1 : 0, run.code, run.err);
        var doc = JsonParser.parseString(run.out).getAsJsonObject();
        assertEquals(List.of("data", "economy"), doc.getAsJsonArray("inputs").asList().stream()
                .map(i -> i.getAsJsonObject().get("role").getAsString()).toList(), "the inputs come first, with their roles");
        JsonArray a = doc.getAsJsonArray("statements");
        assertEquals(all.size(), a.size());
        assertTrue(all.size() > Statements.standard().size(), "the capacity figures join the facts file");
        Set<String> ids = new HashSet<>();
        for (var e : a) {
            var o = e.getAsJsonObject();
            ids.add(o.get("id").getAsString());
            assertTrue(Set.of("holds", "fails", "not_evaluated").contains(o.get("status").getAsString()), o.toString());
            for (String f : List.of("kind", "expected", "actual", "note")) {
                assertTrue(o.has(f), f + " missing in " + o);
            }
            if (o.get("status").getAsString().equals("not_evaluated")) {
                assertTrue(!o.get("note").getAsString().isBlank(), "a statement not evaluated must say why: " + o);
            }
        }
        Statements.standard().forEach(s -> assertTrue(ids.contains(s.id()), s.id()));
    }

    @Test
    void theReadableTableEndsWithTheSummaryAndBadOptionsAreExplained(@TempDir Path tmp) throws Exception {
        Run text = run();
        BlueBookAnalysis analysis = BlueBookAnalysis.run(IndicatorData.load(INDICATORS), IndicatorData.load(ECONOMY));
        Scorecard card = analysis.scorecard(BlueBookAnalysis.statements(Statements.standard()));
        assertEquals(card.counts().get(Status.FAILS) > 0 ? 1 : 0, text.code, text.err);
        assertTrue(text.out.endsWith(analysis.totalsText(card)), text.out);
        assertTrue(text.out.contains(card.summary() + "\n"), text.out);
        assertTrue(card.entries().stream().filter(e -> e.status() == Status.NOT_EVALUATED).noneMatch(e -> e.note().isBlank()),
                "every statement not evaluated says why");
        Run bad = run("--status", "maybe");
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("--status must be holds, fails or not_evaluated"), bad.err);
        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, HEADER + "2023,广栋,computing_device_output_10k_units,900,万台,official,x\n", StandardCharsets.UTF_8);
        Run invalid = run("--override", broken.toString());
        assertEquals(3, invalid.code);   // ExitCodes.INPUT: a broken file is not a failing statement (1) nor a bad option (2)
        assertTrue(invalid.err.contains("broken.csv") && invalid.err.contains("广栋"), invalid.err);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new ScorecardCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
