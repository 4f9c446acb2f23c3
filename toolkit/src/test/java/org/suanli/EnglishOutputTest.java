package org.suanli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.CrThreshold;
import org.suanli.ahp.Diagnostics;
import org.suanli.ahp.ExpertPanel;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.ahp.RandomIndex;
import org.suanli.capacity.CapacitySeries;
import org.suanli.capacity.CapacityTables;
import org.suanli.capacity.NationalCapacity;
import org.suanli.capacity.ServerCatalog;
import org.suanli.capacity.Shipments;
import org.suanli.capacity.StatedFigures;
import org.suanli.charts.AhpCharts;
import org.suanli.charts.CapacityCharts;
import org.suanli.charts.DataCharts;
import org.suanli.charts.EconomyCharts;
import org.suanli.charts.IndexCharts;
import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.EnglishText;
import org.suanli.data.Language;
import org.suanli.economy.EconomyFindings;
import org.suanli.economy.EconomyRegressionResult;
import org.suanli.economy.Growth;
import org.suanli.index.IndexAudit;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexScorecard;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * In English, every chart and table the toolkit makes is free of CJK characters: chart titles, axis titles,
 * series names and category labels (read through XChart's API), table names, column names and string cells.
 */
class EnglishOutputTest {

    @BeforeAll
    static void english() {
        Language.use(Language.EN);
    }

    @AfterAll
    static void back() {
        Language.reset();
    }

    static boolean hasCjk(String s) {
        return EnglishText.hasCjk(s);
    }

    /**
     * Province names are the one exception the issue allows ("except province names on request"): the data's keys
     * (北京, …) stay Chinese in the data tables, so they are removed before the scan, longest first.
     */
    static final List<String> PROVINCE_NAMES = org.suanli.data.Provinces.all().stream()
            .flatMap(p -> java.util.stream.Stream.of(p.fullZh(), p.shortZh()))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    static String withoutProvinces(String text) {
        String t = text;
        for (String p : PROVINCE_NAMES) {
            t = t.replace(p, "");
        }
        return t;
    }

    /** Columns that quote a source's own words (the book's sentence, a data file's source note), not toolkit text. */
    static final java.util.Set<String> QUOTED = java.util.Set.of("source", "quote");

    static void scan(String where, String text, List<String> problems) {
        if (text != null && hasCjk(withoutProvinces(text))) {
            problems.add(where + ": " + text);
        }
    }

    /** Titles, series names and category labels, read through XChart's public getters (which chart types share by name). */
    static void scanChart(String name, Chart<?, ?> chart, List<String> problems) {
        scan(name + " title", chart.getTitle(), problems);
        for (String getter : List.of("getXAxisTitle", "getYAxisTitle")) {
            scan(name + " " + getter, (String) call(chart, getter), problems);
        }
        for (Object o : (Iterable<?>) call(chart, "getSeriesCollection")) {
            Series s = (Series) o;
            scan(name + " series", s.getName(), problems);
            if (s instanceof org.knowm.xchart.CategorySeries cs) {
                for (Object x : cs.getXData()) {
                    scan(name + " category", String.valueOf(x), problems);
                }
            }
        }
        if (chart instanceof org.knowm.xchart.RadarChart r) {
            for (String l : r.getRadiiLabels()) {
                scan(name + " radius", l, problems);
            }
        }
    }

    static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (NoSuchMethodException e) {
            return method.equals("getSeriesCollection") ? List.of() : null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(method + " on " + target.getClass().getSimpleName() + ": " + e, e);
        }
    }

    static void scanTable(String name, Table t, List<String> problems) {
        scan(name + " name", t.name(), problems);
        for (Column<?> c : t.columns()) {
            scan(name + " column", c.name(), problems);
            if (c instanceof StringColumn sc && !QUOTED.contains(c.name())) {
                for (String v : sc.unique()) {
                    scan(name + "." + c.name(), v, problems);
                }
            }
        }
    }

    @Test
    void everyChartAndTableIsFreeOfCjkInEnglish() {
        IndicatorData data = DataFiles.indicators();
        Framework fw = Framework.standard();
        BlueBook book = BlueBook.standard();
        IndexResult index = book.index().run();
        EconomyFindings eco = book.economy();
        NationalCapacity nc = book.capacity();
        StatedFigures stated = StatedFigures.standard();
        AhpHierarchy h = book.ahp();
        PairwiseMatrix bad = PairwiseMatrix.read(DataFiles.path("ahp/examples/inconsistent-scale.csv"));

        Map<String, Supplier<Chart<?, ?>>> charts = new LinkedHashMap<>();
        charts.put("CapacityCharts.figure1", () -> CapacityCharts.figure1(CapacitySeries.global(stated)));
        charts.put("CapacityCharts.figure3", () -> CapacityCharts.figure3(nc));
        charts.put("CapacityCharts.figure4", () -> CapacityCharts.figure4(CapacitySeries.china(stated)));
        charts.put("CapacityCharts.figure5", () -> CapacityCharts.figure5(nc));
        charts.put("DataCharts.sortedBars", () -> DataCharts.sortedBars(data, fw.node("server_compute_eflops"), 2023));
        charts.put("DataCharts.distribution", () -> DataCharts.distribution(data, fw.leaves(), 2023));
        charts.put("EconomyCharts.indexScatter", () -> EconomyCharts.indexScatter(eco.gdp()));
        charts.put("EconomyCharts.growthComparison", () -> EconomyCharts.growthComparison(Growth.bookFigures()));
        charts.put("IndexCharts.composite", () -> IndexCharts.composite(index, 2023));
        charts.put("IndexCharts.subIndex", () -> IndexCharts.subIndex(index, 2023, "scale"));
        charts.put("IndexCharts.contributions", () -> IndexCharts.contributions(index, 2023));
        charts.put("IndexCharts.radar", () -> IndexCharts.radar(index, 2023, index.ranking(2023, "index").subList(0, 3)));
        charts.put("AhpCharts.globalWeights", () -> AhpCharts.globalWeights(h));
        charts.put("AhpCharts.priorities", () -> AhpCharts.priorities(bad.priorities()));

        Map<String, Supplier<Table>> tables = new LinkedHashMap<>();
        tables.put("IndicatorData.longTable", data::longTable);
        tables.put("IndicatorData.wide", () -> data.wide(2023));
        tables.put("IndicatorData.provenanceWide", () -> data.provenanceWide(2023));
        tables.put("IndicatorData.provenanceSummary", data::provenanceSummary);
        tables.put("CapacityTables.catalog", () -> CapacityTables.catalog(ServerCatalog.standard()));
        tables.put("CapacityTables.shipments", () -> CapacityTables.shipments(Shipments.reconstructed(stated)));
        tables.put("CapacityTables.cohorts", () -> CapacityTables.cohorts(nc.basic(), 2023));
        tables.put("CapacityTables.checks", () -> CapacityTables.checks(nc));
        tables.put("CapacityTables.structure", () -> CapacityTables.structure(nc));
        tables.put("CapacityTables.series", () -> CapacityTables.series(CapacitySeries.china(stated)));
        tables.put("AhpHierarchy.table", h::table);
        tables.put("AhpHierarchy.leafTable", h::leafTable);
        tables.put("Priorities.table", () -> bad.priorities().table());
        tables.put("Diagnostics.Report.table",
                () -> Diagnostics.diagnose(bad, RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10).table());
        tables.put("ExpertPanel.Result.table", () -> h.nodeResults().get("index").panel().table());
        tables.put("ExpertPanel.Result.expertsTable", () -> h.nodeResults().get("index").panel().expertsTable());
        tables.put("ExpertPanel.compare",
                () -> ExpertPanel.compare(AhpHierarchy.standardExperts("index"), ExpertPanel.Settings.defaults()));
        tables.put("IndexResult.table", index::table);
        tables.put("IndexResult.wide", () -> index.wide(2023, 1));
        tables.put("IndexResult.summary", () -> index.summary(2023));
        tables.put("IndexResult.contributions", () -> index.contributions(2023));
        tables.put("Weights.table", () -> index.model().weights().table(index.tree()));
        tables.put("IndexAudit.correlations", () -> IndexAudit.of(index, 2023).correlations());
        tables.put("IndexAudit.cronbach", () -> IndexAudit.of(index, 2023).cronbach());
        tables.put("IndexAudit.pca", () -> IndexAudit.of(index, 2023).pca());
        tables.put("IndexAudit.duplicates", () -> IndexAudit.of(index, 2023).duplicates());
        tables.put("IndexScorecard.verdicts", () -> IndexScorecard.verdicts(index));
        tables.put("EconomyRegressionResult.table", () -> eco.gdp().table());
        tables.put("EconomyRegressionResult.compare", () -> EconomyRegressionResult.compare(List.of(eco.gdp(), eco.digitalEconomy())));
        tables.put("TypologyResult.table", () -> eco.typology().table());
        tables.put("BlueBook.scorecardTable", book::scorecardTable);
        org.suanli.sensitivity.UncertaintyResult u = org.suanli.sensitivity.IndexUncertainty
                .of(book.index(), org.suanli.sensitivity.UncertaintySpec.standard()).run(256, 1);
        charts.put("SensitivityCharts.rankBands", () -> org.suanli.charts.SensitivityCharts.rankBands(u));
        for (String output : u.sobol().outputs()) {
            charts.put("SensitivityCharts.sensitivityBars " + output,
                    () -> org.suanli.charts.SensitivityCharts.sensitivityBars(u.sobol(), output));
        }
        for (String output : u.convergence().stringColumn("output").unique()) {   // the outputs that were bootstrapped
            charts.put("SensitivityCharts.convergence " + output,
                    () -> org.suanli.charts.SensitivityCharts.convergence(u.sobol(), output));
        }
        tables.put("UncertaintyResult.ranks", u::ranks);
        tables.put("UncertaintyResult.sensitivity", () -> u.sensitivity());
        tables.put("UncertaintyResult.convergence", u::convergence);
        tables.put("UncertaintyResult.statementTable", u::statementTable);

        List<String> problems = new ArrayList<>();
        charts.forEach((name, c) -> scanChart(name, c.get(), problems));
        tables.forEach((name, t) -> scanTable(name, t.get(), problems));
        assertTrue(problems.isEmpty(), problems.size() + " texts with CJK characters in English:\n"
                + String.join("\n", problems.stream().map(p -> p.length() > 200 ? p.substring(0, 200) + "…" : p).toList()));
    }
}
