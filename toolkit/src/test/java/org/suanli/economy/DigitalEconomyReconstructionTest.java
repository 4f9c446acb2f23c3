package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.Provinces;

class DigitalEconomyReconstructionTest {

    @Test
    void committedEconomyCsvIsExactlyWhatTheGeneratorWrites() throws Exception {
        String committed = Files.readString(DataFiles.path("economy.csv"), StandardCharsets.UTF_8);
        String regenerated = EconomyDataGenerator.regenerate(IndicatorData.load(DataFiles.path("economy.csv"))).toCsv();
        assertEquals(committed, regenerated, "data/economy.csv is stale: run `suanli economy-data`");
        // And a second pass over its own output changes nothing.
        IndicatorData once = EconomyDataGenerator.regenerate(IndicatorData.load(DataFiles.path("economy.csv")));
        assertEquals(regenerated, EconomyDataGenerator.regenerate(once).toCsv());
    }

    @Test
    void defaultIsProportionalToPreRevisionGdpAndSumsToTheImpliedTotal() {
        IndicatorData economy = DataFiles.economy();
        Map<String, Double> v = DigitalEconomyReconstruction.standard().values(economy);
        assertEquals(31, v.size());
        double total = 574 / 1.06e-3;
        double sum = v.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(total, sum, 31 * 0.05 + 1e-6, "rounding to 0.1 moves the sum by at most 31 × 0.05");
        // 广东: 135673.2 / 1250931.8 of the total.
        assertEquals(total * 135673.2 / 1_250_931.8, v.get("广东"), 0.05);
        assertTrue(v.get("广东") >= 48000);
        for (String p : List.of("江苏", "山东", "浙江", "福建", "上海", "湖北", "四川")) {
            assertTrue(v.get(p) >= 20000, p + " " + v.get(p));
        }
        assertTrue(DigitalEconomyReconstruction.standard().boundProvinces(economy).isEmpty());
        EconomicVariable de = EconomyData.digitalEconomy(economy, 2023);
        assertEquals(31, de.reconstructed().size());
        assertTrue(de.isReconstructed());
    }

    @Test
    void aBindingBoundIsKeptAndTheRestIsSpreadAgain() {
        // β = 3 concentrates the total in the largest economies; 上海 (GDP 47218.7) then falls below its 20000 bound.
        IndicatorData economy = DataFiles.economy();
        DigitalEconomyReconstruction r = DigitalEconomyReconstruction.standard().withBeta(3);
        Map<String, Double> v = r.values(economy);
        assertTrue(r.boundProvinces(economy).contains("上海"), r.boundProvinces(economy).toString());
        assertEquals(20000.0, v.get("上海"));
        double sum = v.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(574 / 1.06e-3, sum, 2.0);
        // Unbound provinces keep their GDP³ proportions.
        assertEquals(Math.pow(135673.2 / 128222.2, 3), v.get("广东") / v.get("江苏"), 1e-5);
        List<Observation> rows = r.observations(economy);
        assertTrue(rows.stream().filter(o -> o.province().shortZh().equals("上海")).findFirst().orElseThrow()
                .source().endsWith("set to its stated lower bound"));
    }

    @Test
    void badInput() {
        IndicatorData economy = DataFiles.economy();
        List<Observation> noBeijing = new ArrayList<>(economy.observations());
        noBeijing.removeIf(o -> o.year() == 2023 && o.province().shortZh().equals("北京"));
        var ex = assertThrows(IllegalArgumentException.class,
                () -> DigitalEconomyReconstruction.standard().values(IndicatorData.of(economy.catalog(), noBeijing)));
        assertTrue(ex.getMessage().contains("missing for 北京"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitalEconomyReconstruction.standard().withBeta(0));
        // A user's own (official) digital-economy value is never overwritten by the generator.
        List<Observation> withOfficial = new ArrayList<>(economy.observations());
        withOfficial.removeIf(o -> o.indicator().equals(EconomyData.DIGITAL_ECONOMY));
        withOfficial.add(new Observation(2023, Provinces.resolve("广东"), EconomyData.DIGITAL_ECONOMY, 70000, "亿元",
                Provenance.OFFICIAL, "my source"));
        ex = assertThrows(IllegalArgumentException.class,
                () -> EconomyDataGenerator.regenerate(IndicatorData.of(economy.catalog(), withOfficial)));
        assertTrue(ex.getMessage().contains("only replaces reconstructed rows"), ex.getMessage());
        // Bounds larger than the total cannot be met.
        DigitalEconomyReconstruction impossible = new DigitalEconomyReconstruction(
                new NationalTotal(10000, "x", NationalTotal.Kind.STATED), GdpVintage.PRE_REVISION, 1, Map.of("广东", 48000.0));
        assertThrows(IllegalArgumentException.class, () -> impossible.values(economy));
    }
}
