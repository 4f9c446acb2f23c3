package org.suanli.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suanli.data.Provenance;

/** The second version's evidence: public national totals, MIIT's growth rates, the fewest moves, the ±30% flag. */
class ReconstructionEvidenceTest {

    static final Path DATA = ReconstructionTest.DATA;
    static Reconstruction r;
    static ReferenceInputs in;

    @BeforeAll
    static void run() throws Exception {
        r = Reconstruction.run(DATA);
        in = ReferenceInputs.load(DATA);
    }

    static double sum(String key, int year) {
        return r.provinces().stream().mapToDouble(p -> r.cell(key, year, p).value()).sum();
    }

    @Test
    void theProvincesAddUpToThePublicNationalTotals() {
        // NBS 3514.4亿块 = 35,144,000万块 and MIIT 123,258亿元 (data/inputs/national_totals_secondary.csv).
        assertEquals(35_144_000, sum(Reconstruction.IC, 2023), 1e-3);
        assertEquals(123_258, sum(Reconstruction.SOFTWARE, 2023), 1e-6);
        assertEquals(35_144_000 / 1.069, sum(Reconstruction.IC, 2022), 1e-3);
        assertEquals(123_258 / 1.134, sum(Reconstruction.SOFTWARE, 2022), 1e-6);
        assertEquals(0.30 * 35_144_000, r.cell(Reconstruction.IC, 2023, "江苏").value(), 1e-6);
        assertTrue(r.cell(Reconstruction.SOFTWARE, 2023, "四川").source().contains("secondary: MIIT via http://cinic.org.cn/"));
    }

    @Test
    void software2022UsesMiitsGrowthForTheFiveProvincesItNames() {
        Map<String, Double> yoy = Map.of("北京", 13.4, "广东", 16.0, "江苏", 13.6, "山东", 17.5, "浙江", 7.6);
        assertEquals(yoy, in.softwareQ1GrowthPct());
        yoy.forEach((p, g) -> assertEquals(r.cell(Reconstruction.SOFTWARE, 2023, p).value() / (1 + g / 100),
                r.cell(Reconstruction.SOFTWARE, 2022, p).value(), 1e-9, p));
        // 上海 has no MIIT rate: the national 13.4%.
        assertEquals(r.cell(Reconstruction.SOFTWARE, 2023, "上海").value() / 1.134,
                r.cell(Reconstruction.SOFTWARE, 2022, "上海").value(), 1e-9);
    }

    @Test
    void rd2022MovesOnlyTheProvincesWhoseRankChangeIsStated() {
        Map<String, Double> v22 = new LinkedHashMap<>();
        for (String p : r.provinces()) {
            v22.put(p, r.cell(Reconstruction.RD, 2022, p).value());
            double carried = r.cell(Reconstruction.RD, 2023, p).value() / in.gdpGrowth(p);
            if (!Set.of("湖北", "山东", "陕西").contains(p)) {
                assertEquals(carried, v22.get(p), 1e-9, p + " must keep its GDP-carried value");
            }
        }
        Map<String, Integer> ranks = RankShaping.ranks(v22);
        assertEquals(6, ranks.get("湖北"));   // 4th in 2023, up 2
        assertEquals(9, ranks.get("山东"));   // 6th in 2023, up 3
        assertEquals(15, ranks.get("陕西"));  // A8
        // The v1 re-sort gave 湖北 +49%, 上海 −24%, 天津 −21%; now only the moved provinces change beyond GDP growth.
        GrowthReport g = GrowthReport.of(r);
        for (GrowthReport.Row row : g.rows()) {
            if (row.indicator().equals(Reconstruction.RD) && Set.of("上海", "天津").contains(row.province())) {
                assertTrue(Math.abs(row.growthPct()) < 10, row.toString());
            }
        }
    }

    @Test
    void placeAtChangesOnlyTheMovedValuesAndPutsThemBetweenTheirNeighbours() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("a", 100.0);
        v.put("b", 80.0);
        v.put("c", 64.0);
        v.put("d", 10.0);
        Map<String, Double> out = RankShaping.placeAt(v, Map.of("a", 3));
        assertEquals(List.of(80.0, 64.0, 10.0), List.of(out.get("b"), out.get("c"), out.get("d")));
        assertEquals(Math.sqrt(64.0 * 10.0), out.get("a"), 1e-12);
        Map<String, Double> last = RankShaping.placeAt(v, Map.of("b", 4));
        assertEquals(9.9, last.get("b"), 1e-12);
        Map<String, Double> first = RankShaping.placeAt(v, Map.of("d", 1));
        assertEquals(101.0, first.get("d"), 1e-12);
        // Two moved provinces next to each other stay strictly ordered.
        Map<String, Double> two = RankShaping.placeAt(v, Map.of("a", 2, "b", 3));
        assertTrue(two.get("c") > two.get("a") && two.get("a") > two.get("b") && two.get("b") > two.get("d"), two.toString());
    }

    @Test
    void theFlagFiresBeyondThirtyPercentOnlyWhereNoStatementAsks() {
        assertTrue(GrowthReport.flag(30.5, Set.of()));
        assertTrue(GrowthReport.flag(-30.5, Set.of()));
        assertFalse(GrowthReport.flag(30.5, Set.of("tech.rd_rank_changes")));
        assertFalse(GrowthReport.flag(29.9, Set.of()));
        assertFalse(GrowthReport.flag(Double.NaN, Set.of()));
        GrowthReport g = GrowthReport.of(r);
        assertEquals(14 * 31, g.rows().size());
        assertTrue(g.flagged().isEmpty(), g.flagged().toString());
        // 湖北's R&D grows far more than 30%, and the book's rank change asks for it.
        GrowthReport.Row hubei = g.rows().stream()
                .filter(x -> x.indicator().equals(Reconstruction.RD) && x.province().equals("湖北")).findFirst().orElseThrow();
        assertTrue(hubei.growthPct() > 30 && hubei.askedBy().equals(Set.of("tech.rd_rank_changes")), hubei.toString());
        // Without A8 nothing asks for 陕西's rise, and it is no longer moved: no flag either way.
        Reconstruction off = Reconstruction.run(in, r.facts, r.framework,
                ReconstructionAssumptions.standard().withShaanxiPlacement(false));
        assertTrue(GrowthReport.of(off).rows().stream().filter(x -> x.province().equals("陕西"))
                .allMatch(x -> x.askedBy().stream().noneMatch("tech.shaanxi"::equals)));
    }

    @Test
    void theStatementsThatShapedTheDataAreDeclaredWithTheirAssumptions() {
        ShapingStatements s = ShapingStatements.of(r);
        for (ShapingStatements.Row row : s.rows()) {
            assertTrue(r.facts.find(row.statementId()).isPresent(), row.statementId());
        }
        Map<String, ShapingStatements.Row> by = new LinkedHashMap<>();
        s.rows().forEach(x -> by.put(x.statementId(), x));
        assertTrue(by.get("overall.top6").assumption().startsWith("A4"));
        assertTrue(by.get("overall.rank7_15").assumption().startsWith("A4"));
        assertTrue(by.get("tech.shaanxi").assumption().startsWith("A8"));
        assertTrue(by.get("industry.guangdong_devices").uses().contains(ShapingStatements.Use.VALUE));
        assertTrue(by.get("tech.rd_rank_changes").uses().contains(ShapingStatements.Use.GROWTH));
        // Statements about the economy and the framework never shape the indicators.
        assertFalse(s.ids().stream().anyMatch(id -> id.startsWith("econ.") || id.startsWith("typology.")));
        // Without A4 and A8 the index statements drop out of the list.
        Reconstruction bare = Reconstruction.run(in, r.facts, r.framework,
                ReconstructionAssumptions.standard().withTierOrder(false).withShaanxiPlacement(false));
        Set<String> ids = ShapingStatements.of(bare).ids();
        assertFalse(ids.contains("overall.top6") || ids.contains("overall.rank7_15") || ids.contains("tech.shaanxi"), ids.toString());
    }

    @Test
    void theCompanionFilesAreWhatTheReconstructionGives() throws Exception {
        for (Map.Entry<String, String> c : r.companionFiles().entrySet()) {
            assertEquals(c.getValue(), Files.readString(DATA.resolve(c.getKey()), StandardCharsets.UTF_8),
                    c.getKey() + " is stale: run 'suanli reconstruct --force'");
        }
    }

    @Test
    void validateReportsAnEditedGrowthFileWithItsLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("data");
        for (String f : new String[] {"official/" + ReferenceInputs.GDP_FILE, "inputs/" + ReferenceInputs.SOFTWARE_FILE,
                "inputs/" + ReferenceInputs.NATIONAL_FILE, Reconstruction.GROWTH_FILE}) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(DATA.resolve(f), dir.resolve(f));
        }
        var checker = new ReconstructionFileCheckers.GrowthChecker();
        assertTrue(checker.check(dir.resolve(Reconstruction.GROWTH_FILE)).isEmpty());
        String text = Files.readString(dir.resolve(Reconstruction.GROWTH_FILE), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(Reconstruction.GROWTH_FILE), text.replaceFirst("\n([^\n]*),\n", "\n$1,yes\n"),
                StandardCharsets.UTF_8);
        var issues = checker.check(dir.resolve(Reconstruction.GROWTH_FILE));
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).row() == 2 && issues.get(0).message().contains("suanli reconstruct --force"), issues.toString());
    }

    @Test
    void theNationalTotalsFileIsValidSecondaryData() throws Exception {
        String text = Files.readString(DATA.resolve("inputs").resolve(ReferenceInputs.NATIONAL_FILE), StandardCharsets.UTF_8);
        for (String line : text.strip().split("\n")) {
            if (line.startsWith("indicator,")) {
                continue;
            }
            assertTrue(line.contains(",secondary,\"" + Provenance.SECONDARY_PUBLISHER_MARK), line);
            assertTrue(line.contains("http"), line);
        }
    }
}
