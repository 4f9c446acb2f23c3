package org.suanli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.index.IndexResult;
import org.suanli.sensitivity.IndexUncertainty;
import org.suanli.sensitivity.RankInterval;
import org.suanli.sensitivity.UncertaintyResult;
import org.suanli.sensitivity.UncertaintySpec;

/** The region of notebooks 05 and 06: the economy stage and the uncertainty analysis run on the book's own index. */
class BlueBookEconomyUncertaintyTest {

    static final BlueBook BOOK = BlueBook.standard();

    @Test
    void economyModelRunsOnTheBooksIndexAndGivesTheScorecardsFindings() {
        assertEquals(BOOK.economy().gdp().slopePerPoint(), BOOK.economyModel().findings().gdp().slopePerPoint(), 0.0);
        assertEquals(706.9, BOOK.economyModel().gdpRegression(2023).slopePerPoint(), 0.05);
        BlueBook pct = BOOK.withMethod("percentile");
        assertEquals(pct.economy().gdp().slopePerPoint(), pct.economyModel().gdpRegressionCommunique().slopePerPoint(), 1e-9);
        assertEquals(pct.economy().typology().agreements(), pct.economyModel().typology().agreements());
    }

    @Test
    void overriddenDataLeaveTheReconstructionAssumptionsOut() {
        assertEquals(8, BOOK.uncertaintySpec().inputs().size());
        assertEquals("beijing-lead", BOOK.uncertaintySpec().names().get(7));
        Observation first = BOOK.data().observations().get(0);
        Observation changed = new Observation(first.year(), first.province(), first.indicator(), first.value() * 2,
                first.unit(), first.provenance(), "test");
        BlueBook mine = BOOK.withOverrides(IndicatorData.of(BOOK.data().catalog(), List.of(changed)));
        assertEquals(List.of("weights", "standardisation", "aggregation", "base-year"), mine.uncertaintySpec().names());
        assertSame(mine.data(), mine.uncertainty(mine.uncertaintySpec()).data());
    }

    @Test
    void theNominalRunIsTheBooksIndex() {
        BlueBook pct = BOOK.withMethod("percentile");
        UncertaintySpec spec = pct.uncertaintySpec().only(List.of("aggregation")).withStatementRuns(0).withReplicates(0);
        IndexUncertainty u = pct.uncertainty(spec);
        UncertaintyResult r = u.run(16, 1);
        IndexResult nominal = pct.index().run();
        for (RankInterval ri : r.rankIntervals()) {
            assertEquals((int) nominal.rank(2023, ri.province(), "index"), ri.nominal(), ri.province());
        }
        assertEquals(pct.choices().standardiser().label(), u.base().choices().standardiser().label());
    }
}
