package org.suanli.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.Provinces;
import org.suanli.scorecard.Statements;

class ReconstructionTest {

    static final Path DATA = Path.of("..", "data");

    @Test
    void theShippedFileIsReproducedByteForByte(@TempDir Path tmp) throws Exception {
        Reconstruction first = Reconstruction.run(DATA);
        Path out = tmp.resolve("indicators.csv");
        first.write(out);
        byte[] shipped = Files.readAllBytes(DATA.resolve("indicators.csv"));
        assertTrue(java.util.Arrays.equals(shipped, Files.readAllBytes(out)),
                "data/indicators.csv is not what the reconstruction gives; run 'suanli reconstruct' to see the first difference");
        // A second run in the same JVM gives the same bytes (no hidden state, no hash-order effects).
        assertEquals(first.toCsv(), Reconstruction.run(DATA).toCsv());
    }

    @Test
    void everyRowHasAProvenanceAndASourceAndAllValuesArePresent() {
        IndicatorData d = IndicatorData.load(DATA.resolve("indicators.csv"));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        List<Observation> obs = d.observations();
        assertEquals(14 * 31 * 2, obs.size());
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (Observation o : obs) {
            assertTrue(o.provenance() != null, o.toString());
            assertFalse(o.source() == null || o.source().isBlank(), o.toString());
            counts.merge(o.provenance(), 1, Integer::sum);
            if (o.provenance() == Provenance.RECONSTRUCTED) {
                assertTrue(o.source().startsWith("reconstruct/") && o.source().contains("data/RECONSTRUCTION.md#"),
                        "a reconstructed value must name its method and the section documenting it: " + o);
            }
            if (o.provenance() == Provenance.STATED) {
                assertTrue(o.source().startsWith("blue book 2024"), o.toString());
            }
        }
        // Stated: 广东 devices 2023 and 2022, 广东 patent applications and grants, 广东 digitalisation.
        assertEquals(5, counts.get(Provenance.STATED));
        assertEquals(868 - 5, counts.get(Provenance.RECONSTRUCTED));
        for (int year : List.of(2022, 2023)) {
            assertEquals(14, d.wide(year).columnCount() - 1);
            assertEquals(31, d.wide(year).rowCount());
        }
    }

    @Test
    void statedValuesAreCarriedExactlyAndTotalsComeFromTheBook() {
        IndicatorData d = IndicatorData.load(DATA.resolve("indicators.csv"));
        assertEquals(820, d.value(2023, "广东", Reconstruction.DEVICES).orElseThrow());
        assertEquals(1100, d.value(2022, "广东", Reconstruction.DEVICES).orElseThrow());
        assertEquals(48000, d.value(2023, "广东", Reconstruction.DIGITALIZATION).orElseThrow());
        double devices = 0;
        double it = 0;
        double cases = 0;
        for (var p : Provinces.all()) {
            devices += d.value(2023, p.shortZh(), Reconstruction.DEVICES).orElseThrow();
            it += d.value(2023, p.shortZh(), Reconstruction.IT).orElseThrow();
            cases += d.value(2023, p.shortZh(), Reconstruction.CASES).orElseThrow();
        }
        assertEquals(820 / 0.55, devices, 0.5);   // national ≈ 1491万台 derived from 820 = 55%
        assertEquals(24000, it, 1.0);              // 2.4万亿 stated
        assertEquals(34, cases, 0);                // 34 cases stated
        // Bounds are put 2% above the stated bound.
        assertEquals(26000 * 1.02, d.value(2023, "北京", Reconstruction.SOFTWARE).orElseThrow(), 1e-6);
        assertEquals(1500 * 1.02, d.value(2023, "广东", Reconstruction.RD).orElseThrow(), 1e-6);
    }

    @Test
    void missingOfficialInputIsAnErrorNamingTheProvince() throws Exception {
        ReferenceInputs in = ReferenceInputs.load(DATA);
        Map<String, Double> gdp = new HashMap<>(in.gdp2023());
        gdp.remove("宁夏");
        ReferenceInputs broken = new ReferenceInputs(in.gdp2022(), gdp, in.softwareQ1(), in.softwareQ1GrowthPct(), in.national());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reconstruction.run(broken, Statements.standard(), Framework.standard()));
        assertTrue(e.getMessage().contains("宁夏"), e.getMessage());
    }

    @Test
    void aNonNumericInputCellIsReportedWithFileRowAndColumn(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("official"));
        Files.createDirectories(tmp.resolve("inputs"));
        List<String> lines = Files.readAllLines(DATA.resolve("official").resolve(ReferenceInputs.GDP_FILE), StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace("43198.3", "4319８.3"));
        Files.write(tmp.resolve("official").resolve(ReferenceInputs.GDP_FILE), lines, StandardCharsets.UTF_8);
        Files.copy(DATA.resolve("inputs").resolve(ReferenceInputs.SOFTWARE_FILE), tmp.resolve("inputs").resolve(ReferenceInputs.SOFTWARE_FILE));
        org.suanli.data.CsvFormatException e = assertThrows(org.suanli.data.CsvFormatException.class, () -> ReferenceInputs.load(tmp));
        assertTrue(e.getMessage().contains("line 4, column gdp_2022_100m_yuan") && e.getMessage().contains("4319８.3"), e.getMessage());
    }
}
