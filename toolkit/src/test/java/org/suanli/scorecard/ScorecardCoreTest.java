package org.suanli.scorecard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

class ScorecardCoreTest {

    @Test
    void theBundledFactsAreTheDataFileAndHold82UniqueStatements() throws Exception {
        Path data = Path.of("..", "data", "blue_book_2024_facts.json");
        try (InputStream in = Statements.class.getResourceAsStream(Statements.RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(data), in.readAllBytes(), "resource and data/ copy differ");
        }
        Statements s = Statements.standard();
        assertEquals(82, s.size());
        Set<String> ids = new HashSet<>();
        s.forEach(st -> assertTrue(ids.add(st.id()), st.id()));
        assertEquals("rank_set", s.get("overall.rank7_15").kind().jsonName());
        assertTrue(s.get("overall.rank7_15").isAnomaly());
        assertTrue(s.get("app.digitalization_top").isAnomaly());
        assertFalse(s.get("overall.top6").isAnomaly());
    }

    @Test
    void typedAccessorsReadTheHeterogeneousFields() {
        Statements s = Statements.standard();
        Statement devices = s.get("industry.guangdong_devices");
        assertEquals(List.of("广东"), devices.provinces());
        assertEquals(820.0, devices.number("2023").orElseThrow());
        assertEquals(55.0, devices.number("share_2023_pct").orElseThrow());
        Statement top6 = s.get("overall.top6");
        assertEquals(new RankRange(1, 6, false), top6.ranks().orElseThrow());
        assertEquals(6, top6.provinces().size());
        assertEquals(new RankRange(1, 10, true), s.get("env.open_data_west_top10").ranks().orElseThrow());
        assertEquals(new RankRange(1, 6, false), s.get("app.digitalization_top").ranks().orElseThrow());
        assertEquals(new RankRange(11, 11, false), s.get("tech.shaanxi").ranks().orElseThrow());
        assertEquals(">", s.get("industry.beijing_software").op().orElseThrow());
        assertEquals(26000.0, s.get("industry.beijing_software").number().orElseThrow());
        assertTrue(s.get("scale.second_tier").ranks().isEmpty());
    }

    @Test
    void badFactsFilesAreReportedWithTheirPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Statements.parse(
                new StringReader("{\"facts\":[{\"id\":\"a\",\"kind\":\"rank_set\"},{\"id\":\"b\",\"kind\":\"guess\"}]}"),
                "my.json"));
        assertTrue(e.getMessage().contains("my.json: facts[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("guess"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Statements.parse(new StringReader("[1,2]"), "x.json"));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> Statements.parse(
                new StringReader("{\"facts\":[{\"id\":\"a\",\"kind\":\"value\"},{\"id\":\"a\",\"kind\":\"value\"}]}"), "d"));
        assertTrue(dup.getMessage().contains("Duplicate statement id 'a'"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Statements.standard().get("overall.top7"));
        assertTrue(unknown.getMessage().contains("overall.top6"), unknown.getMessage());
    }

    @Test
    void contextAttachmentsAreTypedAndImmutable() {
        ScorecardContext empty = ScorecardContext.empty();
        ScorecardContext withText = empty.with(String.class, "index");
        assertTrue(empty.get(String.class).isEmpty());
        assertEquals("index", withText.get(String.class).orElseThrow());
        assertEquals(42, withText.with(Integer.class, 42).get(Integer.class).orElseThrow());
        assertTrue(withText.get(Integer.class).isEmpty());
        assertThrows(NullPointerException.class, () -> empty.with(String.class, null));
    }

    /** An evaluator that returns a fixed verdict for one id, to test how parts combine. */
    private record Fixed(String name, String id, Verdict verdict) implements StatementEvaluator {
        @Override public boolean handles(Statement s) { return s.id().equals(id); }
        @Override public Verdict evaluate(Statement s, ScorecardContext c) { return verdict; }
    }

    @Test
    void partsCombineFailsOverHoldsOverNotEvaluated() {
        Statements s = Statements.standard();
        Scorecard card = Scorecard.evaluate(s, ScorecardContext.empty(), List.of(
                new Fixed("a", "overall.top6", Verdict.holds("x", "x", "")),
                new Fixed("b", "overall.top6", Verdict.fails("set S", "set T", "differs")),
                new Fixed("c", "scale.beijing_first", Verdict.notEvaluated("needs it")),
                new Fixed("d", "scale.beijing_first", Verdict.holds("rank 1", "rank 1", "")),
                new Fixed("e", "tech.top10", Verdict.notEvaluated("needs the index engine")),
                new StatementEvaluator() {
                    @Override public String name() { return "broken"; }
                    @Override public boolean handles(Statement st) { return st.id().equals("env.top6"); }
                    @Override public Verdict evaluate(Statement st, ScorecardContext c) { throw new IllegalStateException("boom"); }
                }));
        assertEquals(82, card.entries().size());
        ScorecardEntry top6 = card.entry("overall.top6").orElseThrow();
        assertEquals(Status.FAILS, top6.status());
        assertEquals("set S", top6.expected());
        assertEquals("set T", top6.actual());
        assertEquals(2, top6.parts().size());
        assertEquals(Status.HOLDS, card.entry("scale.beijing_first").orElseThrow().status());
        ScorecardEntry tech = card.entry("tech.top10").orElseThrow();
        assertEquals(Status.NOT_EVALUATED, tech.status());
        assertEquals("needs the index engine", tech.note());
        ScorecardEntry broken = card.entry("env.top6").orElseThrow();
        assertEquals(Status.NOT_EVALUATED, broken.status());
        assertTrue(broken.note().contains("boom"));
        // Unhandled statements say what they need.
        assertEquals("needs the economy regressions", card.entry("econ.slope_gdp").orElseThrow().note());
        // The book's anomalies are never silent.
        assertTrue(card.entry("overall.rank7_15").orElseThrow().note().contains("ANOMALY"));
    }

    @Test
    void jsonHasOneObjectPerStatementWithTheRequiredFields() {
        Scorecard card = Scorecard.evaluate(Statements.standard(), ScorecardContext.empty(), List.of());
        JsonArray a = JsonParser.parseString(card.toJson()).getAsJsonArray();
        assertEquals(82, a.size());
        for (var e : a) {
            var o = e.getAsJsonObject();
            for (String f : List.of("id", "kind", "status", "expected", "actual", "note")) {
                assertTrue(o.has(f), f + " missing in " + o);
            }
            assertEquals("not_evaluated", o.get("status").getAsString());
        }
        assertTrue(card.toJson().contains("广东"), "Chinese must be written as is, not escaped");
        assertEquals(82, card.table().rowCount());
        assertTrue(card.summary().startsWith("82 statements: 0 hold, 0 fail, 82 not evaluated"));
    }

    @Test
    void sectionsSplitTheCardByIdPrefixWithoutLosingOrDoublingAStatement() {
        Scorecard card = Scorecard.evaluate(Statements.standard(), ScorecardContext.empty(), List.of());
        int sum = 0;
        for (String s : card.sectionNames()) {
            Scorecard part = card.section(s);
            assertTrue(part.entries().stream().allMatch(e -> e.id().startsWith(s + ".") || e.id().equals(s)), s);
            sum += part.entries().size();
        }
        assertEquals(card.entries().size(), sum);
        assertEquals(card.section("overall").entries().size() + card.section("scale").entries().size(),
                card.section("overall", "scale").entries().size());
        // a prefix is a whole section name, not the start of one
        assertEquals(0, card.section("overal").entries().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, card::section);
        assertTrue(e.getMessage().contains("overall"), e.getMessage());
    }

    @Test
    void theTableSaysWhereItsColumnsComeFromAndCountsTheBases() {
        // with no stage's evaluator, nothing declares a basis: every statement is independent
        Scorecard card = Scorecard.evaluate(Statements.standard(), ScorecardContext.empty(), List.of());
        String expected = "expected: quoted from the book; actual: computed by this run; basis: 82 independent";
        assertEquals(expected, card.provenance());
        assertEquals("expected: quoted from the book; actual: computed by this run; basis: 6 independent",
                card.section("overall").provenance());
    }
}
