package org.suanli.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;
import org.suanli.index.IndexModel;

import tech.tablesaw.api.Table;

/** The uncertainty tables notebook 06 shows carry a true provenance caption, in English and in Chinese. */
class SensitivityTableCaptionsTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final IndexModel STANDARD = IndexModel.standard();
    private static final UncertaintySpec SPEC = UncertaintySpec.standard()
            .withInputs(List.of(new UncertainInput.AggregationChoice())).withStatementRuns(4);
    private static final UncertaintyResult RESULT = IndexUncertainty.of(STANDARD, SPEC).run(256, 3);

    @AfterEach
    void reset() {
        Language.reset();
    }

    private static String caption(Object shown) {
        return ShownProvenance.of(shown).orElseThrow(() -> new AssertionError("no caption on " + shown)).caption();
    }

    private static String both(Supplier<Table> table) {
        Language.use(Language.ZH);
        String zh = caption(table.get());
        assertTrue(CJK.matcher(zh).find(), "the Chinese caption is Chinese: " + zh);
        Language.use(Language.EN);
        String en = caption(table.get());
        assertFalse(CJK.matcher(en).find(), "CJK in the English caption: " + en);
        return en;
    }

    @Test
    void ranksAndSobolTablesCountTheRuns() {
        String runs = "computed from " + RESULT.runs() + " runs of the index model over 1 uncertain input (base sample "
                + "N = 256, seed 3), " + RESULT.year();
        assertEquals(256L * 3, RESULT.runs());
        String ranks = both(RESULT::ranks);
        assertEquals(runs + "; nominal: the rank under this book's own choices", ranks);
        Table first = RESULT.ranks(5);
        assertEquals(5, first.rowCount());
        assertEquals(ranks, caption(first));
        assertEquals(runs + "; intervals from " + RESULT.sobol().replicates() + " bootstrap replicates",
                both(() -> RESULT.sensitivity("rank 陕西")));
        assertTrue(both(RESULT::convergence).startsWith(runs));
    }

    @Test
    void statementsAreQuotedAndTheirProbabilitiesComputedFromFullRuns() {
        String c = both(RESULT::statementTable);
        assertEquals(RESULT.statements().size() + " statements quoted from the book; verdict: the scorecard's under this "
                + "book's own choices; P(holds) and its Wilson 95% interval computed from 4 full-model runs (the design's "
                + "first 4 rows, seed 3)", c);
    }

    @Test
    void inputsAreThisProjectsChoicesAndTheTestFunctionIsAnalytic() {
        assertEquals("1 uncertain input and its levels: this project's choices (see UncertaintySpec and "
                + "docs/sensitivity.md), not the book's", both(SPEC::table));
        TestFunctions.Analytic ishigami = TestFunctions.ishigami(7, 0.1);
        SobolResult r = SobolAnalysis.of(ishigami.model()).run(1 << 8, 1);
        assertEquals("S1, ST: estimated from " + r.runs() + " model runs (base sample N = 256, seed 1); analytic: the "
                + "test function's values in closed form", both(() -> ishigami.compare(r)));
        assertEquals(256L * 5, r.runs());
    }
}
