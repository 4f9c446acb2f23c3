package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.suanli.data.CaptionCheck.english;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** The data tables notebook 01 shows say where their values come from (issue 15), counted on the shipped data. */
class DataTableCaptionsTest {

    @AfterEach
    void back() {
        Language.reset();
    }

    @Test
    void provincesAndFrameworkNameTheirFiles() {
        english(Provinces::table, "values: the names of the 31 provinces and their NBS regions, as listed in data/provinces.csv");
        english(() -> Framework.standard().leafTable(), "values: the book's Table 1 framework as transcribed in data/framework.csv",
                "source column");
    }

    @Test
    void provenanceSummaryCountsEveryValue() {
        IndicatorData data = DataFiles.indicators();
        english(data::provenanceSummary, "values: 5 stated, 863 reconstructed (counted per variable)");
    }

    @Test
    void topCountsAndMarksOnlyTheRowsShown() {
        IndicatorData economy = DataFiles.economy();
        String caption = english(() -> economy.top(2023, "gdp_revised_100m_yuan", 10),
                "values: 12 official, 8 secondary, 10 reconstructed; marked r: reconstructed");
        Table t = economy.top(2023, "gdp_revised_100m_yuan", 10);
        assertEquals(10, t.rowCount());
        assertEquals(t.doubleColumn("gdp_revised_100m_yuan").max(), t.doubleColumn("gdp_revised_100m_yuan").get(0), caption);
        var cells = ShownProvenance.of(t).orElseThrow().cells();
        int reconstructed = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            for (String c : t.columnNames()) {
                if (cells.apply(r, c) == Provenance.RECONSTRUCTED) {
                    reconstructed++;
                }
            }
        }
        assertEquals(10, reconstructed, "every reconstructed cell shown is marked");
    }

    @Test
    void rowsOfOneProvinceCountTheRowsShownAndMarkTheirValues() {
        IndicatorData data = DataFiles.indicators();
        english(() -> data.rows(2023, "广东", 6, "indicator", "value", "unit", "provenance", "source"),
                "values: 1 stated, 5 reconstructed; marked r: reconstructed");
        Table t = data.rows(2023, "广东", 6, "indicator", "value", "source");
        assertEquals(List.of("indicator", "value", "source"), t.columnNames());
        var cells = ShownProvenance.of(t).orElseThrow().cells();
        long marked = java.util.stream.IntStream.range(0, 6).filter(r -> cells.apply(r, "value") == Provenance.RECONSTRUCTED).count();
        assertEquals(5, marked, "marked even when the provenance column is not shown");
        assertEquals(null, cells.apply(0, "indicator"));
    }
}
