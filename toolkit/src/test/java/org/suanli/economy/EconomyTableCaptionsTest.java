package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.Table;

/** The economy tables notebook 05 shows carry a true provenance caption, in English and in Chinese. */
class EconomyTableCaptionsTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final IndicatorData INDICATORS = DataFiles.indicators();
    private static final IndicatorData ECONOMY = DataFiles.economy();
    private static final EconomyModel MODEL = EconomyModel.of(BlueBookAnalysis.indexModel(INDICATORS), INDICATORS, ECONOMY);

    @AfterEach
    void reset() {
        Language.reset();
    }

    private static String caption(Object shown) {
        return ShownProvenance.of(shown).orElseThrow(() -> new AssertionError("no caption on " + shown)).caption();
    }

    /** The English caption (no CJK), after checking that the same table made in Chinese has a Chinese one. */
    private static String both(Supplier<Table> table) {
        Language.use(Language.ZH);
        String zh = caption(table.get());
        assertTrue(CJK.matcher(zh).find(), "the Chinese caption is Chinese: " + zh);
        Language.use(Language.EN);
        String en = caption(table.get());
        assertFalse(CJK.matcher(en).find(), "CJK in the English caption: " + en);
        return en;
    }

    private static Map<Provenance, Integer> counts(IndicatorData data, int year, String indicator) {
        Map<Provenance, Integer> m = new EnumMap<>(Provenance.class);
        for (Observation o : data.observations()) {
            if (o.year() == year && (indicator == null || o.indicator().equals(indicator))) {
                m.merge(o.provenance(), 1, Integer::sum);
            }
        }
        return m;
    }

    private static String index2023() {
        return ShownProvenance.describe(counts(INDICATORS, 2023, null), true);
    }

    @Test
    void dataTableCountsTheIndexValuesAndEachGdpVintage() {
        String c = both(() -> MODEL.dataTable(2023));
        assertEquals("index_2023: " + index2023() + " (2023); gdp_pre_revision: "
                + ShownProvenance.describe(counts(ECONOMY, 2023, GdpVintage.PRE_REVISION.key()), false) + "; gdp_revised: "
                + ShownProvenance.describe(counts(ECONOMY, 2023, GdpVintage.REVISED.key()), false), c);
        assertTrue(c.contains("gdp_revised: values: 31 official"), c);
        Table t = MODEL.dataTable(2023);
        ShownProvenance p = ShownProvenance.of(t).orElseThrow();
        assertEquals(Provenance.OFFICIAL, p.cells().apply(0, "gdp_revised"));
        assertNull(p.cells().apply(0, "index_2023"));
    }

    @Test
    void permilleTableSaysWhichSlopeIsTheBooksAndWhatTheTotalsAre() {
        String c = both(() -> MODEL.permilleTable(1220));
        assertTrue(c.startsWith("book_permille: the book's stated slope (1,220 × 100m yuan per point) over each total; "
                + "ours_permille: our slope, computed by OLS from the 2023 index (" + index2023() + " (2023))"), c);
        assertTrue(c.endsWith("national totals: 2 sum of the provinces, 1 official (public copy)"), c);
    }

    @Test
    void regressionTablesNameXAndYAndMarkReconstructedValues() {
        EconomyRegressionResult gdp = MODEL.gdpRegression(2023);
        String c = both(gdp::table);
        String x = "x: the composite index (" + index2023() + ", 2023); y: ";
        assertTrue(c.startsWith(x + gdp.variable().nameEn() + ", 2023: 31 from its source, 0 reconstructed"), c);
        assertTrue(c.endsWith("computed by OLS"), c);
        Table top = gdp.influenceTable(8);
        assertEquals(8, top.rowCount());
        assertEquals(c, caption(top));
        double[] cooks = top.doubleColumn("cooks_d").asDoubleArray();
        for (int i = 1; i < cooks.length; i++) {
            assertTrue(cooks[i - 1] >= cooks[i], "largest Cook's distance first");
        }
        assertTrue(both(() -> gdp.leaveOneOutTable(5)).endsWith("; slopes computed by OLS refitted without each province"));

        Language.use(Language.EN);
        EconomyRegressionResult de = MODEL.digitalEconomy();
        String d = caption(de.table());
        assertTrue(d.contains(": 0 from its source, 31 reconstructed"), d);
        assertTrue(d.endsWith("; marked r: reconstructed"), d);
        assertEquals(Provenance.RECONSTRUCTED, ShownProvenance.of(de.table()).orElseThrow().cells().apply(0, de.variable().key()));
        assertNull(ShownProvenance.of(de.table()).orElseThrow().cells().apply(0, "index"));

        String cmp = both(() -> EconomyRegressionResult.compare(List.of(gdp, MODEL.gdpRegressionRevised(2023), de)));
        assertTrue(cmp.startsWith("computed by OLS; x: the composite index (" + index2023() + ", 2023); y: "), cmp);
        assertTrue(cmp.contains("31 reconstructed"), cmp);
    }

    @Test
    void betaGrowthAndTypologyTables() {
        String beta = both(() -> MODEL.digitalEconomyByBeta(1.0, 1.2));
        assertTrue(beta.startsWith("computed: for each β the provincial digital economy is reconstructed afresh"), beta);
        assertTrue(beta.endsWith("; ‰ of that implied total"), beta);

        long stated = Growth.bookFigures().stream().filter(g -> g.basis() == GrowthRate.Basis.STATED).count();
        String growth = both(MODEL::bookGrowthTable);
        assertTrue(growth.startsWith("pct_per_year values: " + stated + " stated (the book's growth rates, Fig. 8)"), growth);

        String typo = both(() -> MODEL.typology().comparisonTable());
        assertTrue(typo.startsWith("book: the types the book names for " + Typology.BOOK.size() + " provinces (quoted); "
                + "rule and why: computed by the typology rule ("), typo);
        assertTrue(typo.endsWith("from the sub-indices of the composite index (" + index2023() + ", 2023) and the compute balance"), typo);
        String agree = both(() -> MODEL.typologyAgreements(new double[] {0.1}, new double[] {0.5}));
        assertTrue(agree.endsWith("compared with the types the book names for " + Typology.BOOK.size() + " provinces"), agree);
    }
}
