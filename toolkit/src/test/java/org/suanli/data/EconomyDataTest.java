package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** data/economy.csv must hold the official GDP exactly as the cited NBS exports give it, in both vintages. */
class EconomyDataTest {

    private static List<CSVRecord> official(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(DataFiles.path("official").resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void revisedGdpMatchesTheNbsExportCellForCell() throws IOException {
        IndicatorData economy = DataFiles.economy();
        List<CSVRecord> rows = official("gdp_nbs_revised_2022_2024.csv");
        assertEquals(31, rows.size());
        for (CSVRecord r : rows) {
            for (int year : new int[] {2022, 2023, 2024}) {
                assertEquals(Double.parseDouble(r.get("gdp_" + year + "_100m_yuan")),
                        economy.value(year, r.get("province_zh"), "gdp_revised_100m_yuan").getAsDouble(), 0.0);
                assertEquals(Provenance.OFFICIAL, economy.provenance(year, r.get("province_zh"), "gdp_revised_100m_yuan").orElseThrow());
            }
        }
        double sum2023 = Provinces.all().stream().mapToDouble(p -> economy.value(2023, p.shortZh(), "gdp_revised_100m_yuan").getAsDouble()).sum();
        assertEquals(1_283_801.5, sum2023, 0.05, "the province sum SOURCES.md records");
    }

    @Test
    void preRevisionGdpMatchesItsSources() throws IOException {
        IndicatorData economy = DataFiles.economy();
        for (CSVRecord r : official("gdp_2023_pre_revision_secondary.csv")) {
            assertEquals(Double.parseDouble(r.get("gdp_2023_100m_yuan")),
                    economy.value(2023, r.get("province_zh"), "gdp_pre_revision_100m_yuan").getAsDouble(), 0.0);
            boolean checked = r.get("cell_cross_checked_vs_csy2024_reading").equals("yes");
            assertEquals(checked, economy.source(2023, r.get("province_zh"), "gdp_pre_revision_100m_yuan").orElseThrow()
                    .contains("cross-checked against a CSY-2024 reading"));
            // Only a cell checked against a second copy is labelled official; the others are secondary (issue 16).
            assertEquals(checked ? Provenance.OFFICIAL : Provenance.SECONDARY,
                    economy.provenance(2023, r.get("province_zh"), "gdp_pre_revision_100m_yuan").orElseThrow());
        }
        for (CSVRecord r : official("gdp_2022_pre_revision_snapshots.csv")) {
            assertEquals(Double.parseDouble(r.get("gdp_2022_nbsdb_snapshot_2024_03_100m_yuan")),
                    economy.value(2022, r.get("province_zh"), "gdp_pre_revision_100m_yuan").getAsDouble(), 0.0);
            // One public snapshot, which the earlier snapshot contradicts: secondary.
            assertEquals(Provenance.SECONDARY,
                    economy.provenance(2022, r.get("province_zh"), "gdp_pre_revision_100m_yuan").orElseThrow());
        }
        double sum2023 = Provinces.all().stream().mapToDouble(p -> economy.value(2023, p.shortZh(), "gdp_pre_revision_100m_yuan").getAsDouble()).sum();
        assertEquals(1_250_931.8, sum2023, 0.05, "the province sum SOURCES.md records");
        assertTrue(economy.warnings().isEmpty(), economy.warnings().toString());
    }
}
