package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

class IndicatorDataTest {

    private static final String HEADER = "year,province,indicator,value,unit,provenance,source\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Two years, two indicators, all 31 provinces, with varied provenance. */
    private IndicatorData sample() {
        List<Observation> list = new ArrayList<>();
        for (Province p : Provinces.all()) {
            list.add(new Observation(2023, p, "software_revenue_100m_yuan", 100.5 + p.order(), "亿元",
                    p.order() % 2 == 0 ? Provenance.OFFICIAL : Provenance.RECONSTRUCTED, "test source " + p.order()));
            list.add(new Observation(2023, p, "advanced_computing_cases", p.order() % 3, "个", Provenance.STATED, "quote"));
            list.add(new Observation(2022, p, "software_revenue_100m_yuan", 90.25 * (p.order() + 1), "亿元", Provenance.OFFICIAL, "s"));
        }
        return IndicatorData.of(VariableCatalog.standard(), list);
    }

    @Test
    void shippedFilesLoadWithProvenance() {
        IndicatorData data = IndicatorData.load(DataFiles.path("indicators.csv"), DataFiles.path("economy.csv"));
        assertEquals(820, data.value(2023, "Guangdong", "computing_device_output_10k_units").getAsDouble());
        assertEquals(Provenance.STATED, data.provenance(2023, "广东省", "computing_device_output_10k_units").orElseThrow());
        assertEquals(135673.2, data.value(2023, "广东", "gdp_pre_revision_100m_yuan").getAsDouble());
        assertEquals(Provenance.OFFICIAL, data.provenance(2024, "Xizang", "gdp_revised_100m_yuan").orElseThrow());
        assertTrue(data.source(2023, "Tibet", "gdp_revised_100m_yuan").orElseThrow().contains("NBS"));
    }

    @Test
    void longAndWideRoundTrip() {
        IndicatorData data = sample();
        Table wide = data.wide(2023);
        assertEquals(31, wide.rowCount());
        assertEquals(List.of("province", "software_revenue_100m_yuan", "advanced_computing_cases"), wide.columnNames());
        assertEquals("北京", wide.stringColumn("province").get(0));
        assertEquals(130.5, wide.doubleColumn("software_revenue_100m_yuan").get(30));
        IndicatorData back = IndicatorData.fromWide(VariableCatalog.standard(), wide, 2023, Provenance.OFFICIAL, "round trip");
        for (Observation o : data.observations()) {
            if (o.year() == 2023) {
                assertEquals(o.value(), back.value(2023, o.province().shortZh(), o.indicator()).getAsDouble(), 0.0, o.toString());
            }
        }
        assertEquals(62, back.observations().size());
        Table provenance = data.provenanceWide(2023);
        assertEquals("official", provenance.stringColumn("software_revenue_100m_yuan").get(0));
        assertEquals("reconstructed", provenance.stringColumn("software_revenue_100m_yuan").get(1));
    }

    @Test
    void wideLeavesMissingValuesMissingNotZero() {
        List<Observation> list = List.of(new Observation(2023, Provinces.resolve("广东"), "it_spending_100m_yuan", 2800,
                "亿元", Provenance.STATED, "q"));
        Table wide = IndicatorData.of(VariableCatalog.standard(), list).wide(2023);
        assertEquals(30, wide.doubleColumn("it_spending_100m_yuan").countMissing());
        assertEquals(2800, wide.doubleColumn("it_spending_100m_yuan").get(Provinces.resolve("广东").order()));
    }

    @Test
    void longTableCarriesProvenanceAndSource() {
        Table t = sample().longTable();
        assertEquals(List.of("year", "province", "indicator", "value", "unit", "provenance", "source"), t.columnNames());
        assertEquals(93, t.rowCount());
        assertEquals(2022, t.intColumn("year").get(0), "rows are in file order: year first");
    }

    @Test
    void overridesReplaceOnlyMatchingValues() throws IOException {
        IndicatorData base = sample();
        Path mine = write("mine.csv", HEADER + "2023,Guangdong,software_revenue_100m_yuan,17000,亿元,official,my survey\n");
        IndicatorData merged = base.withOverrides(IndicatorData.load(mine));
        assertEquals(17000, merged.value(2023, "广东", "software_revenue_100m_yuan").getAsDouble());
        assertEquals("my survey", merged.source(2023, "广东", "software_revenue_100m_yuan").orElseThrow());
        assertEquals(base.value(2023, "北京", "software_revenue_100m_yuan"), merged.value(2023, "北京", "software_revenue_100m_yuan"));
        assertEquals(118.5, base.value(2023, "广东", "software_revenue_100m_yuan").getAsDouble(), "the original is unchanged");
        assertEquals(base.observations().size(), merged.observations().size());
    }

    @Test
    void writeIsDeterministicAndReadsBack() throws IOException {
        IndicatorData data = sample();
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        data.write(a);
        IndicatorData.load(a).write(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(Files.readString(a, StandardCharsets.UTF_8).startsWith(HEADER + "2022,北京,software_revenue_100m_yuan,90.25,亿元,official,s\n"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void shippedFilesAreInTheWritersCanonicalForm() throws IOException {
        for (String name : List.of("indicators.csv", "economy.csv")) {
            Path file = DataFiles.path(name);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), IndicatorData.load(file).toCsv(), name);
        }
    }

    @Test
    void numbersAreWrittenInPlainDecimal() {
        assertEquals("45660", IndicatorData.formatNumber(45660.0));
        assertEquals("41540.9", IndicatorData.formatNumber(41540.9));
        assertEquals("0.0125", IndicatorData.formatNumber(0.0125));
        assertEquals("12000000", IndicatorData.formatNumber(1.2e7));
    }

    @Test
    void aValueInTwoFilesIsAnErrorNotASilentChoice() throws IOException {
        String row = "2023,广东,it_spending_100m_yuan,2800,亿元,stated,q\n";
        Path a = write("a.csv", HEADER + row);
        Path b = write("b.csv", HEADER + row);
        DataValidationException e = assertThrows(DataValidationException.class, () -> IndicatorData.load(a, b));
        assertTrue(e.getMessage().contains("is also given in " + a), e.getMessage());
    }

    @Test
    void loadFailsListingEveryError() throws IOException {
        Path bad = write("bad.csv", HEADER + "2023,Atlantis,it_spending_100m_yuan,1,亿元,stated,q\n"
                + "2023,广东,it_spending_100m_yuan,abc,亿元,stated,q\n");
        DataValidationException e = assertThrows(DataValidationException.class, () -> IndicatorData.load(bad));
        assertEquals(2, e.issues().stream().filter(i -> i.isError()).count());
        assertTrue(e.getMessage().contains(bad + ":2: column 'province'"), e.getMessage());
        assertTrue(e.getMessage().contains(bad + ":3: column 'value'"), e.getMessage());
        assertFalse(e.getMessage().contains("warning"));
    }
}
