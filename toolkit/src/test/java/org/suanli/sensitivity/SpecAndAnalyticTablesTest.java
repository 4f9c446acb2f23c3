package org.suanli.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.index.IndexModel;

import tech.tablesaw.api.Table;

/** The tables notebook 06 shows: the spec's inputs, and a Sobol estimate next to a test function's analytic indices. */
class SpecAndAnalyticTablesTest {

    @Test
    void specTableListsEachInputWithWhatVaries() {
        UncertaintySpec spec = UncertaintySpec.standard();
        Table t = spec.table();
        assertEquals(spec.names(), t.stringColumn("input").asList());
        assertEquals(spec.inputs().get(2).describe(), t.stringColumn("what varies").get(2));
        assertEquals("uncertain inputs (2023)", t.name());
    }

    @Test
    void withoutAssumptionsKeepsTheChoicesOfTheIndexOnly() {
        assertEquals(List.of("weights", "standardisation", "aggregation", "base-year"),
                UncertaintySpec.standard().withoutAssumptions().names());
    }

    @Test
    void compareSetsTheEstimateBesideTheAnalyticIndices() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        SobolResult r = SobolAnalysis.of(f.model()).run(1 << 12, 1);
        Table t = f.compare(r);
        assertEquals(List.of("x1", "x2", "x3"), t.stringColumn("input").asList());
        for (int i = 0; i < 3; i++) {
            assertEquals(f.s1()[i], t.doubleColumn("S1 analytic").get(i), 0.0);
            assertEquals(f.st()[i], t.doubleColumn("ST analytic").get(i), 0.0);
            assertEquals(f.st()[i], t.doubleColumn("ST").get(i), 0.03);
            assertEquals(r.index(r.outputs().get(0), r.inputs().get(i)).s1(), t.doubleColumn("S1").get(i), 0.0);
        }
        assertEquals(0.3139, t.doubleColumn("S1 analytic").get(0), 5e-5);
        assertEquals("estimate (N = 4096) vs analytic", t.name());
    }

    @Test
    void theNominalDataAreTheShippedFileUnlessGiven() {
        IndexModel m = IndexModel.standard();
        UncertaintySpec spec = UncertaintySpec.standard().only(List.of("aggregation"));
        assertEquals(DataFiles.indicators().observations(), IndexUncertainty.of(m, spec).data().observations());
        IndicatorData mine = DataFiles.indicators();
        assertSame(mine, IndexUncertainty.of(m, spec, mine).data());
    }
}
