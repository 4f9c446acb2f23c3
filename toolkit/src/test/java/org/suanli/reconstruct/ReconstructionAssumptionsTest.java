package org.suanli.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each assumption of {@link ReconstructionAssumptions} moves what it says it moves, and only the defaults give the shipped file. */
class ReconstructionAssumptionsTest {

    static final Path DATA = ReconstructionTest.DATA;

    @Test
    void theDefaultsGiveTheSameBytesAsTheOneArgumentRun() throws Exception {
        assertEquals(Reconstruction.run(DATA).toCsv(), Reconstruction.run(DATA, ReconstructionAssumptions.standard()).toCsv());
        assertEquals("2%", ReconstructionAssumptions.standard().boundMarginText());
        assertEquals("2.5%", ReconstructionAssumptions.standard().withBoundMargin(0.025).boundMarginText());
    }

    @Test
    void theBoundMarginMovesEveryBoundedValue() throws Exception {
        Reconstruction r = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withBoundMargin(0.05));
        assertEquals(26000 * 1.05, r.cell(Reconstruction.SOFTWARE, 2023, "北京").value(), 1e-9);
        assertEquals(1500 * 1.05, r.cell(Reconstruction.RD, 2023, "广东").value(), 1e-9);
        // 江苏 IC 2022 carried back at the national growth would fall below the 1000亿块 it crossed in 2022: A1 sets it.
        assertEquals(1000 * 10_000 * 1.05, r.cell(Reconstruction.IC, 2022, "江苏").value(), 1e-6);
        assertTrue(r.cell(Reconstruction.SOFTWARE, 2023, "北京").source().contains("set 5% above the bound"));
    }

    @Test
    void theProxyExponentFlattensTheSpreadOfARemainder() throws Exception {
        // Bandwidth is the national total spread by the proxy: under GDP^0.5 the smallest province gets a larger
        // share, and the total stays the stated one.
        Reconstruction flat = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withProxyExponent(0.5));
        Reconstruction plain = Reconstruction.run(DATA);
        assertTrue(flat.cell(Reconstruction.BANDWIDTH, 2023, "西藏").value()
                > 1.5 * plain.cell(Reconstruction.BANDWIDTH, 2023, "西藏").value());
        double total = 0;
        for (String p : flat.provinces()) {
            total += flat.cell(Reconstruction.BANDWIDTH, 2023, p).value();
        }
        assertEquals(31 * 55 * 1.02, total, 1e-6);
    }

    @Test
    void withoutA8ShaanxiIsNotPlacedEleventh() throws Exception {
        Reconstruction on = Reconstruction.run(DATA);
        Reconstruction off = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withShaanxiPlacement(false));
        assertEquals(11, rank(on, Reconstruction.RD, 2023, "陕西"));
        assertNotEquals(11, rank(off, Reconstruction.RD, 2023, "陕西"));
        assertTrue(off.cell(Reconstruction.RD, 2023, "陕西").source().indexOf("tech.shaanxi") < 0);
    }

    @Test
    void withoutA4TianjinFallsBackToItsGdpPlace() throws Exception {
        // 天津 is 24th by GDP but in the book's ranks 7-15 overall; A4 lifts it where an indicator is silent (IT spending).
        Reconstruction on = Reconstruction.run(DATA);
        Reconstruction off = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withTierOrder(false));
        assertTrue(rank(on, Reconstruction.IT, 2023, "天津") < rank(off, Reconstruction.IT, 2023, "天津"));
        assertTrue(off.cell(Reconstruction.IT, 2023, "天津").source().contains("unnamed provinces ordered by GDP"));
    }

    @Test
    void aFixedEastWeightReplacesTheSolvedOne() throws Exception {
        Reconstruction solved = Reconstruction.run(DATA);
        Reconstruction one = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withEastWeight(1.0));
        assertTrue(one.cell(Reconstruction.SERVER, 2023, "河北").value() > solved.cell(Reconstruction.SERVER, 2023, "河北").value());
        assertTrue(one.cell(Reconstruction.SERVER, 2023, "河北").source().contains("×1.0000 (fixed by assumption)"));
    }

    @Test
    void beijingsComputeLeadIsTheAssumedRatio() throws Exception {
        Reconstruction r = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withBeijingComputeLead(2.0));
        for (String key : new String[] {Reconstruction.SERVER, Reconstruction.AI}) {
            for (int year : new int[] {2022, 2023}) {
                assertEquals(2.0, r.cell(key, year, "北京").value() / r.cell(key, year, "广东").value(), 1e-9);
            }
        }
    }

    @Test
    void a7ByDefaultGivesBeijingHalfAgainGuangdongsCompute() throws Exception {
        Reconstruction r = Reconstruction.run(DATA);
        assertEquals(1.5, ReconstructionAssumptions.BEIJING_LEAD_READING);
        assertEquals(1.5, r.cell(Reconstruction.SERVER, 2023, "北京").value() / r.cell(Reconstruction.SERVER, 2023, "广东").value(), 1e-9);
        assertTrue(r.cell(Reconstruction.SERVER, 2023, "北京").source().contains("1.50× 广东 (A7"));
        // Without A7 the split is GDP rearranged: 北京 gets 广东's GDP, 广东 江苏's, a lead of about 1.06.
        Reconstruction gdp = Reconstruction.run(DATA, ReconstructionAssumptions.standard().withoutBeijingComputeLead());
        ReferenceInputs in = ReferenceInputs.load(DATA);
        assertEquals(in.gdp2023().get("广东") / in.gdp2023().get("江苏"),
                gdp.cell(Reconstruction.SERVER, 2023, "北京").value() / gdp.cell(Reconstruction.SERVER, 2023, "广东").value(), 1e-9);
    }

    @Test
    void badAssumptionsAreRefusedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ReconstructionAssumptions.standard().withBoundMargin(-0.1));
        assertTrue(e.getMessage().contains("A1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReconstructionAssumptions.standard().withBeijingComputeLead(0.9));
        assertTrue(e.getMessage().contains("A7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReconstructionAssumptions.standard().withProxyExponent(0));
    }

    static int rank(Reconstruction r, String key, int year, String province) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (String p : r.provinces()) {
            v.put(p, r.cell(key, year, p).value());
        }
        return RankShaping.ranks(v).get(province);
    }
}
