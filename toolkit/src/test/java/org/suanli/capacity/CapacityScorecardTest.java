package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

/** Every national and global capacity statement holds on the standard reconstruction, and can fail. */
class CapacityScorecardTest {

    @Test
    void evaluatorIsRegisteredForServiceLoader() {
        assertTrue(Scorecard.discoverEvaluators().stream().anyMatch(e -> e instanceof CapacityStatementEvaluator));
    }

    @Test
    void nationalStatementsOfTheFactsFileHold() {
        Scorecard card = Scorecard.evaluate(Statements.standard(), ScorecardContext.empty());
        for (String id : CapacityStatementEvaluator.NATIONAL.keySet()) {
            ScorecardEntry e = card.entry(id).orElseThrow();
            assertEquals(Status.HOLDS, e.status(), id + ": " + e.expected() + " vs " + e.actual() + " | " + e.note());
        }
        ScorecardEntry infra = card.entry("national.00").orElseThrow();
        assertEquals(Status.NOT_EVALUATED, infra.status());
        assertTrue(infra.note().contains("infrastructure-side"), infra.note());
        // the numbers are in the verdict, not just the status
        ScorecardEntry total = card.entry("national.04").orElseThrow();
        assertTrue(total.actual().contains("china.total = 434.9 EFlops (computed)"), total.actual());
        assertTrue(total.expected().contains("china.total = 435 EFlops"), total.expected());
    }

    @Test
    void everyStatedCapacityFigureHolds() {
        Statements extra = CapacityStatementEvaluator.statements();
        assertEquals(StatedFigures.standard().all().size(), extra.size());
        Scorecard card = Scorecard.evaluate(extra, ScorecardContext.empty());
        // the one contradiction of the text is reported, not hidden
        ScorecardEntry five = card.entry("capacity.china.cagr_5yr_approx").orElseThrow();
        assertEquals(Status.NOT_EVALUATED, five.status());
        assertTrue(five.note().contains("ANOMALY") && five.note().contains("46.00% a year over 2018–2023"), five.note());
        List<ScorecardEntry> notHolding = card.filter(e -> e.status() != Status.HOLDS && e != five);
        assertTrue(notHolding.isEmpty(), () -> notHolding.stream()
                .map(e -> e.id() + " " + e.status() + " " + e.expected() + " vs " + e.actual()).toList().toString());
        // at least half are independent computations, not inputs
        long computed = CapacityChecks.list(NationalCapacity.standard()).stream()
                .filter(c -> c.basis() == CapacityCheck.Basis.COMPUTED).count();
        assertTrue(computed >= 20, "computed checks: " + computed);
    }

    @Test
    void aComputedStatementFailsWhenItsInputsChange() {
        // a reader who believes the global basic compute was 600 EFlops: 600 + 875 + 25 = 1500 ≠ 1397
        String text = new String(readResource(), StandardCharsets.UTF_8)
                .replace("global.basic,global,basic_eflops,2023,497,", "global.basic,global,basic_eflops,2023,600,");
        StatedFigures changed = StatedFigures.parse(Path.of("changed.csv"), text);
        NationalCapacity nc = NationalCapacity.of(changed, Shipments.reconstructed(changed), FleetParameters.book(),
                FleetParameters.book());
        Map<String, CapacityCheck> checks = CapacityChecks.run(nc);
        assertFalse(checks.get("global.total").holds());
        assertEquals(1500, checks.get("global.total").actual(), 1e-9);
        assertFalse(checks.get("share.basic_china").holds()); // 140.4 / 600 = 23.4% ≠ 28%
        Scorecard card = Scorecard.evaluate(CapacityStatementEvaluator.statements(),
                ScorecardContext.of(NationalCapacity.class, nc));
        ScorecardEntry e = card.entry("capacity.global.total").orElseThrow();
        assertEquals(Status.FAILS, e.status());
        assertTrue(e.actual().contains("1500"), e.actual());
    }

    @Test
    void shippedStatementsJsonIsGenerated() throws Exception {
        Path data = Path.of("..", "data");
        assertEquals(CapacityStatementEvaluator.statementsJson(StatedFigures.load(data.resolve("capacity_stated.csv"))),
                Files.readString(data.resolve("capacity_statements.json"), StandardCharsets.UTF_8),
                "data/capacity_statements.json is out of date: regenerate it with `suanli capacity --write-data data`");
    }

    @Test
    void quotesAreVerbatimInTheBlueBook() throws Exception {
        // The reference material sits beside the repository (../shared), on developers' machines and in CI.
        Path book = Path.of("..", "..", "shared", "reference", "seed", "blue-book-2024.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(book), "blue book text not available at " + book);
        String text = Files.readString(book, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        for (StatedFigures.Figure f : StatedFigures.standard().all().values()) {
            assertTrue(text.contains(f.quote().replaceAll("\\s+", "")), f.id() + ": quote not found: " + f.quote());
        }
    }

    private static byte[] readResource() {
        try (var in = StatedFigures.class.getResourceAsStream(StatedFigures.RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
