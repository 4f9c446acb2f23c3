package org.suanli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.CrThreshold;
import org.suanli.ahp.Diagnostics;
import org.suanli.ahp.ExpertPanel;
import org.suanli.ahp.JudgmentAggregation;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.ahp.Priorities;
import org.suanli.ahp.RandomIndex;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.charts.AhpCharts;
import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.economy.EconomyFindings;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.Weights;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.Statements;

import tech.tablesaw.api.Table;

/** The front door gives the same numbers as the stage APIs it wires, and its tables and charts hold those numbers. */
class BlueBookTest {

    static final BlueBook BOOK = BlueBook.standard();

    @AfterEach
    void resetLanguage() {
        Language.reset();
    }

    @Test
    void theIndexIsTheStageModelWithTheAhpWeights() {
        IndexResult viaBook = BOOK.index().run();
        IndexResult direct = IndexModel.of(DataFiles.indicators(), Framework.standard())
                .withWeights(Weights.ahp(AhpHierarchy.standard())).run();
        assertEquals(direct.provinces(), viaBook.provinces());
        for (int year : direct.years()) {
            for (String p : direct.provinces()) {
                assertEquals(direct.composite(year, p), viaBook.composite(year, p), 0.0, p + " " + year);
            }
        }
        assertEquals(direct.ranking(2023, "index"), viaBook.ranking(2023, "index"));
        // a choice changed through the book changes the same thing as on the stage object
        IndexResult noBase = BOOK.index().withoutBaseYear().run();
        assertEquals(IndexModel.standard().withoutBaseYear().run().composite(2023, "北京"), noBase.composite(2023, "北京"), 0.0);
    }

    @Test
    void theAhpStageIsTheIllustrativeHierarchyAndItsWeightsSumToOne() {
        Map<String, Double> g = BOOK.ahp().globalWeights();
        assertEquals(AhpHierarchy.standard().globalWeights(), g);
        assertEquals(14, g.size());
        assertEquals(1.0, g.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        for (String leaf : g.keySet()) {
            assertEquals(g.get(leaf), BOOK.index().run().globalWeight(leaf), 1e-12, leaf);
        }
    }

    @Test
    void theEconomyAndTheScorecardAreTheAnalysisOfTheSameData() {
        IndicatorData ind = IndicatorData.load(Path.of("..", "data", "indicators.csv"));
        IndicatorData eco = IndicatorData.load(Path.of("..", "data", "economy.csv"));
        EconomyFindings direct = EconomyFindings.standard(ind, eco);
        EconomyFindings viaBook = BOOK.economy();
        assertEquals(direct.gdp().linear().slope(), viaBook.gdp().linear().slope(), 0.0);
        assertEquals(direct.gdp().linear().rSquared(), viaBook.gdp().linear().rSquared(), 0.0);
        assertTrue(viaBook.gdp().linear().slope() > 0, "GDP rises with the index");

        Scorecard direct2 = BlueBookAnalysis.run(ind, eco).scorecard(BlueBookAnalysis.statements(Statements.standard()));
        Scorecard viaBook2 = BOOK.scorecard();
        assertEquals(direct2.counts(), viaBook2.counts());
        assertEquals(direct2.entries().stream().map(ScorecardEntry::status).toList(),
                viaBook2.entries().stream().map(ScorecardEntry::status).toList());
        assertTrue(viaBook2.entries().size() > Statements.standard().size(), "the capacity figures join the facts file");
    }

    @Test
    void overridesReplaceOneValueAndMoveTheIndex(@TempDir Path tmp) throws Exception {
        double shipped = BOOK.data().value(2023, "河南", "server_compute_eflops").orElseThrow();
        Path csv = tmp.resolve("mine.csv");
        double mine = shipped * 10;
        Files.writeString(csv, "year,province,indicator,value,unit,provenance,source\n"
                + "2023,河南,server_compute_eflops," + mine + ",EFlops,official,my own survey\n");
        BlueBook book = BOOK.withOverrides(csv);
        assertEquals(mine, book.data().value(2023, "河南", "server_compute_eflops").orElseThrow(), 1e-9);
        assertEquals(BOOK.data().observations().size(), book.data().observations().size());
        assertEquals(BOOK.data().value(2023, "北京", "server_compute_eflops").orElseThrow(),
                book.data().value(2023, "北京", "server_compute_eflops").orElseThrow(), 0.0);
        assertTrue(book.index().run().composite(2023, "河南") > BOOK.index().run().composite(2023, "河南"));
        assertEquals(shipped, BOOK.data().value(2023, "河南", "server_compute_eflops").orElseThrow(), 0.0, "immutable");
        assertThrows(IllegalArgumentException.class, () -> BlueBook.with((IndicatorData) null));
    }

    @Test
    void localeSelectsTheLanguage() {
        BOOK.in(Locale.ENGLISH);
        assertEquals(Language.EN, Language.current());
        BOOK.in(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Language.ZH, Language.current());
    }

    /** For n = 3 the eigenvector equals the normalised geometric means of the rows (a known identity). */
    @Test
    void prioritiesTableHoldsTheEigenvector() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(List.of("basic", "intelligent", "super"),
                new double[] {1.0 / 2, 3}, new double[] {5});
        double[] gm = {Math.cbrt(1.0 / 2 * 3), Math.cbrt(2 * 5), Math.cbrt(1.0 / 3 / 5)};
        double s = gm[0] + gm[1] + gm[2];
        Priorities p = m.priorities();
        Table t = p.table();
        assertEquals(List.of("element", "weight"), t.columnNames());
        for (int i = 0; i < 3; i++) {
            assertEquals(gm[i] / s, t.doubleColumn("weight").get(i), 1e-12);
        }
        assertEquals(0.309, t.doubleColumn("weight").get(0), 5e-4);
        assertTrue(t.name().contains(String.format(Locale.ROOT, "%.4f", p.cr())), t.name());
        CategoryChart c = AhpCharts.priorities(p);
        assertEquals(gm[1] / s, c.getSeriesCollection().iterator().next().getYData()[1], 1e-12);
    }

    /** A 3×3 inconsistency is one cycle, so the three judgments share it equally. */
    @Test
    void diagnosticsTableSharesTheInconsistency() {
        PairwiseMatrix bad = PairwiseMatrix.read(DataFiles.path("ahp/examples/inconsistent-scale.csv"));
        Diagnostics.Report r = Diagnostics.diagnose(bad, RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10);
        Table t = r.table();
        assertEquals(List.of("row", "column", "given", "implied_by_weights", "share_of_inconsistency"), t.columnNames());
        assertEquals(3, t.rowCount());
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0 / 3, t.doubleColumn("share_of_inconsistency").get(i), 1e-9);
            assertEquals(r.contributions().get(i).given(), t.doubleColumn("given").get(i), 0.0);
        }
    }

    @Test
    void panelTablesHoldEachAggregationAndEachExpert() {
        List<ExpertPanel.Expert> experts = AhpHierarchy.standardExperts("index");
        assertEquals(5, experts.size());
        ExpertPanel.Result aij = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults());
        Table t = aij.table();
        assertEquals(2 + 5, t.columnCount());
        assertEquals(aij.weights()[0], t.doubleColumn("AIJ").get(0), 0.0);
        assertEquals(aij.experts().get(2).priorities().weights()[3], t.doubleColumn(aij.experts().get(2).id()).get(3), 0.0);
        // the AIJ panel at the hierarchy's root is the same one
        assertEquals(BOOK.ahp().nodeResults().get("index").panel().weights()[0], aij.weights()[0], 1e-15);

        Table cr = aij.expertsTable();
        assertEquals(5, cr.rowCount());
        for (int i = 0; i < 5; i++) {
            assertEquals(aij.experts().get(i).priorities().cr(), cr.doubleColumn("CR").get(i), 0.0);
            assertTrue(cr.booleanColumn("consistent").get(i), "the illustrative experts are consistent");
        }

        Table cmp = ExpertPanel.compare(experts, ExpertPanel.Settings.defaults());
        assertEquals(List.of("element", "AIJ", "AIP_GEOMETRIC", "AIP_ARITHMETIC"), cmp.columnNames().subList(0, 4));
        ExpertPanel.Result aipA = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults().with(JudgmentAggregation.AIP_ARITHMETIC));
        for (int i = 0; i < aipA.labels().size(); i++) {
            assertEquals(aipA.weights()[i], cmp.doubleColumn("AIP_ARITHMETIC").get(i), 0.0);
            assertEquals(aij.weights()[i], cmp.doubleColumn("AIJ").get(i), 0.0);
        }
        assertNotEquals(aij.weights()[0], aipA.weights()[0]);
        assertThrows(IllegalArgumentException.class, () -> AhpHierarchy.standardExperts("no_such_node"));
    }

    /** The stacked bar: each indicator's bar is its global weight, in exactly one dimension's series. */
    @Test
    void globalWeightsChartStacksEachLeafUnderItsDimension() {
        AhpHierarchy h = BOOK.ahp();
        Map<String, Double> g = h.globalWeights();
        CategoryChart c = AhpCharts.globalWeights(h);
        assertEquals(5, c.getSeriesCollection().size());
        int leaves = g.size();
        double[] stacked = new double[leaves];
        for (CategorySeries s : c.getSeriesCollection()) {
            double[] ys = s.getYData();
            assertEquals(leaves, ys.length);
            for (int i = 0; i < leaves; i++) {
                stacked[i] += ys[i];
            }
        }
        List<Double> expected = List.copyOf(g.values());
        for (int i = 0; i < leaves; i++) {
            assertEquals(expected.get(i), stacked[i], 0.0, "leaf " + i);
        }
    }
}
