package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.data.DataFiles;

import tech.tablesaw.api.Table;

/** The conveniences notebook 04 uses, on the shipped data. */
class IndexConveniencesTest {
    private static final IndexModel MODEL = IndexModel.standard();

    @Test
    void withoutValueBlanksOneCellAndTheModelRefusesIt() {
        IndexModel gappy = MODEL.withoutValue(2023, "西藏", "it_spending_100m_yuan");
        int tibet = gappy.panel().provinces().indexOf("西藏");
        assertTrue(Double.isNaN(gappy.panel().values(2023, "it_spending_100m_yuan")[tibet]));
        assertEquals(MODEL.panel().values(2022, "it_spending_100m_yuan")[tibet],
                gappy.panel().values(2022, "it_spending_100m_yuan")[tibet], 0.0);
        assertTrue(!Double.isNaN(MODEL.panel().values(2023, "it_spending_100m_yuan")[tibet]), "the original is untouched");
        assertThrows(MissingValueException.class, gappy::run);
        List<Imputation> im = gappy.withMissingPolicy(MissingPolicy.impute(MissingPolicy.ImputeMethod.PREVIOUS_YEAR))
                .run().imputations();
        assertEquals(1, im.size());
        assertEquals(DataFiles.indicators().value(2022, "西藏", "it_spending_100m_yuan").getAsDouble(), im.get(0).value(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> MODEL.withoutValue(2023, "Atlantis", "it_spending_100m_yuan"));
    }

    @Test
    void standardisationsPutEveryCatalogueMethodSideBySide() {
        Table t = MODEL.standardisations(2023, "it_spending_100m_yuan");
        assertEquals(31, t.rowCount());
        assertEquals(2 + Standardiser.catalogue().size(), t.columnCount());
        double max = MODEL.panel().values(2023, "it_spending_100m_yuan")[MODEL.panel().provinces().indexOf(t.stringColumn("province").get(0))];
        assertEquals(max, t.doubleColumn("it_spending_100m_yuan").get(0), 0.0);
        assertEquals(100.0, t.doubleColumn(Standardiser.ratioToMax().label()).get(0), 1e-9);
        assertEquals(100.0, t.doubleColumn(Standardiser.minMax().label()).get(0), 1e-9);
    }

    @Test
    void winsoriseAndLogOnOneIndicator() {
        Standardise.Winsorised w = MODEL.winsorise(2023, "server_compute_eflops", 90);
        assertEquals(11.4248, w.upper(), 1e-4);
        assertEquals(List.of("北京", "浙江", "广东"), w.capped().stream().map(Capping::province).toList());
        Table log = MODEL.logTable(2023, "advanced_computing_cases");
        assertEquals(3, log.columnCount());
        for (int i = 0; i < log.rowCount(); i++) {
            assertEquals(Math.log1p(log.doubleColumn(1).get(i)), log.doubleColumn(2).get(i), 1e-12);
        }
    }

    @Test
    void ahpHierarchyWeightsAndAuditShortcuts() {
        IndexResult viaHierarchy = MODEL.withWeights(AhpHierarchy.standard()).run();
        IndexResult standard = MODEL.run();
        assertEquals(standard.composite(2023, "广东"), viaHierarchy.composite(2023, "广东"), 1e-12);
        assertEquals(165.72, standard.composite(2023, "广东"), 0.01);
        IndexAudit a = standard.audit(2023);
        assertEquals(31, a.n());
        assertEquals(IndexAudit.of(standard, 2023).cronbachAlpha("scale"), a.cronbachAlpha("scale"), 1e-12);
    }

    @Test
    void robustnessListsTheBookReadingThenEveryMethodTwiceThenWeightsAndAggregation() {
        Table t = IndexScorecard.robustness(MODEL);
        assertEquals(1 + 2 * Standardiser.catalogue().size() + 2, t.rowCount());
        assertTrue(t.stringColumn("variant").get(0).startsWith("book reading (default): "), t.stringColumn("variant").get(0));
        assertTrue(t.stringColumn("variant").get(0).endsWith(", base 2022"));
        assertEquals(15, t.intColumn("holds").get(0));
        assertEquals(6, t.intColumn("fails").get(0));
        assertEquals("book reading, geometric", t.stringColumn("variant").get(t.rowCount() - 1));
    }
}
