package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.Table;

/** The index tables notebook 04 shows carry a true provenance caption, in English and in Chinese. */
class IndexTableCaptionsTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final IndicatorData DATA = DataFiles.indicators();
    private static final IndexModel MODEL = IndexModel.standard();
    private static final String IT = "it_spending_100m_yuan";

    @AfterEach
    void reset() {
        Language.reset();
    }

    private static String caption(Object shown) {
        return ShownProvenance.of(shown).orElseThrow(() -> new AssertionError("no caption on " + shown)).caption();
    }

    private static String english(Object shown) {
        String c = caption(shown);
        assertFalse(CJK.matcher(c).find(), "CJK in the English caption: " + c);
        return c;
    }

    private static Map<Provenance, Integer> counts(int year, String indicator) {
        Map<Provenance, Integer> m = new EnumMap<>(Provenance.class);
        for (Observation o : DATA.observations()) {
            if (o.year() == year && (indicator == null || o.indicator().equals(indicator))) {
                m.merge(o.provenance(), 1, Integer::sum);
            }
        }
        return m;
    }

    @Test
    void standardisationsCountTheRawValuesShownAndMarkTheReconstructedOnes() {
        Language.use(Language.EN);
        Table all = MODEL.standardisations(2023, IT);
        assertEquals(IT + " (2023): " + ShownProvenance.describe(counts(2023, IT), false)
                + "; the other columns computed from them"
                + (counts(2023, IT).containsKey(Provenance.RECONSTRUCTED) ? "; marked r: reconstructed" : ""), english(all));

        Table first = MODEL.standardisationsFirst(2023, IT, 8);
        Table last = MODEL.standardisationsLast(2023, IT, 4);
        assertEquals(8, first.rowCount());
        assertEquals(4, last.rowCount());
        for (Table t : new Table[] {first, last}) {
            ShownProvenance p = ShownProvenance.of(t).orElseThrow();
            int shown = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                String province = t.stringColumn("province").get(r);
                Provenance expected = DATA.observations().stream().filter(o -> o.year() == 2023 && o.indicator().equals(IT)
                        && o.province().shortZh().equals(province)).findFirst().orElseThrow().provenance();
                assertEquals(expected, p.cells().apply(r, IT), province);
                assertNull(p.cells().apply(r, t.columnNames().get(2)), "only the raw column is marked");
                shown++;
            }
            assertTrue(english(t).contains("values: "), p.caption());
            int counted = Pattern.compile("(\\d+) (stated|official|secondary|reconstructed)").matcher(p.caption()).results()
                    .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
            assertEquals(shown, counted, "the caption counts the rows shown: " + p.caption());
        }

        Table log = MODEL.logTable(2023, "advanced_computing_cases", 6);
        assertEquals(6, log.rowCount());
        assertTrue(english(log).startsWith("advanced_computing_cases (2023): values: "), caption(log));

        Language.use(Language.ZH);
        assertTrue(caption(MODEL.standardisationsFirst(2023, IT, 8)).contains("其余列由其计算"));
        assertTrue(caption(MODEL.logTable(2023, "advanced_computing_cases", 6)).contains("数值："));
    }

    @Test
    void weightsSayWhereTheyComeFrom() {
        Language.use(Language.EN);
        String ahp = english(Weights.ahpStandard().table(MODEL.tree()));
        assertTrue(ahp.startsWith("computed by AHP from the pairwise judgments of the illustrative 5-expert panel in data/ahp/"), ahp);
        assertTrue(ahp.contains("not the book's weights"), ahp);
        assertTrue(ahp.endsWith("global weight = product of the local weights along the path"), ahp);
        assertTrue(english(Weights.equal().table(MODEL.tree())).startsWith("weights: equal among the children of every node"));
        assertEquals("AHP, illustrative 5-expert panel of data/ahp (AIJ, eigenvector)",
                ShownProvenance.of(MODEL.weights().table(MODEL.tree())).orElseThrow().settings().get("weights"));
        Language.use(Language.ZH);
        assertTrue(caption(Weights.ahpStandard().table(MODEL.tree())).startsWith("由层次分析法根据 data/ahp/ 中示例专家组（5 位专家）"));
        assertTrue(caption(Weights.equal().table(MODEL.tree())).contains("等权"));
    }

    @Test
    void auditTablesCountTheYearsValues() {
        Language.use(Language.EN);
        IndexAudit audit = MODEL.run().audit(2023);
        String expected = ShownProvenance.describe(counts(2023, null), true) + " (2023)";
        assertTrue(expected.startsWith("computed from values: "), expected);
        assertEquals(expected, english(audit.correlations()));
        assertEquals(expected, english(audit.cronbach()));
        assertEquals(expected, english(audit.pca()));
        assertFalse(ShownProvenance.of(audit.pca()).orElseThrow().settings().isEmpty(), "the run's settings travel with it");
        Language.use(Language.ZH);
        assertTrue(caption(MODEL.run().audit(2023).pca()).startsWith("由以下数值计算："));
    }

    @Test
    void robustnessSaysStatementsAreQuotedAndCountsTheVariants() {
        Language.use(Language.EN);
        Table t = IndexScorecard.robustness(MODEL);
        int statements = IndexScorecard.indexStatements().size();
        String c = english(t);
        assertTrue(c.startsWith(statements + " index statements quoted from the book, judged on " + t.rowCount()
                + " variants of the index; the index computed from values: "), c);
        assertTrue(c.endsWith(ShownProvenance.describe(ShownProvenance.counts(DATA), true).substring("computed from values: ".length())), c);
        Language.use(Language.ZH);
        assertTrue(caption(IndexScorecard.robustness(MODEL)).contains("条指数陈述引自蓝皮书"));
    }
}
