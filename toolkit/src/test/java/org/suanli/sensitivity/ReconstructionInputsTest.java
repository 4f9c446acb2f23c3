package org.suanli.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.index.IndexModel;
import org.suanli.index.Panel;

/** The assumption inputs go through the reconstruction code: shipped values rebuild the shipped file, others move it. */
class ReconstructionInputsTest {
    private static final ReconstructionVariants REBUILD = ReconstructionInputs.variants();

    private static Map<String, Double> nominal() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (UncertainInput in : ReconstructionInputs.standard()) {
            UncertainInput.AssumptionChoice a = (UncertainInput.AssumptionChoice) in;
            assertTrue(a.levels().stream().anyMatch(l -> l.equals(a.nominal())), a.name() + "'s levels include its shipped value");
            m.put(a.name(), a.nominal());
        }
        return m;
    }

    @Test
    void theShippedValuesRebuildTheShippedFile() {
        Panel rebuilt = Panel.from(REBUILD.build(nominal()));
        Panel shipped = Panel.from(DataFiles.indicators());
        for (int y : shipped.years()) {
            for (String k : shipped.indicators()) {
                double[] a = shipped.values(y, k);
                double[] b = rebuilt.values(y, k);
                for (int i = 0; i < a.length; i++) {
                    // the file is rounded to each unit's printed decimals
                    assertEquals(a[i], b[i], 0.5e-2 * Math.max(1, Math.abs(a[i])) , y + " " + k + " " + shipped.provinces().get(i));
                }
            }
        }
    }

    @Test
    void eachAssumptionMovesTheData() {
        Panel base = Panel.from(REBUILD.build(nominal()));
        for (UncertainInput in : ReconstructionInputs.standard()) {
            UncertainInput.AssumptionChoice a = (UncertainInput.AssumptionChoice) in;
            for (double level : a.levels()) {
                if (Double.valueOf(level).equals(a.nominal())) {
                    continue;
                }
                Map<String, Double> m = nominal();
                m.put(a.name(), level);
                Panel p = Panel.from(REBUILD.build(m));
                int changed = 0;
                for (int y : base.years()) {
                    for (String k : base.indicators()) {
                        double[] x = base.values(y, k);
                        double[] z = p.values(y, k);
                        for (int i = 0; i < x.length; i++) {
                            changed += Math.abs(x[i] - z[i]) > 1e-9 * Math.max(1, Math.abs(x[i])) ? 1 : 0;
                        }
                    }
                }
                assertTrue(changed > 0, a.name() + " = " + level + " changes some value");
            }
        }
    }

    @Test
    void theAnalysisVariesTheAssumptionsThroughTheReconstruction() {
        UncertaintySpec spec = UncertaintySpec.standard().withStatementRuns(0)
                .only(List.of(ReconstructionInputs.MARGIN, ReconstructionInputs.LEAD));
        UncertaintyResult r = IndexUncertainty.of(IndexModel.standard(), spec).run(256, 1);
        assertEquals(256L * 4, r.runs());
        assertTrue(r.sobol().variance().stream().anyMatch(v -> v > 0), "the assumptions move some score");
    }

    @Test
    void anUnknownAssumptionIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReconstructionInputs.assumptions(Map.of("a9", 1.0)))
                .getMessage().contains("a1-margin"));
    }
}
