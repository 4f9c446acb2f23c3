package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation error names its cell; warnings do not stop the matrix. */
class PairwiseMatrixValidationTest {

    static final List<String> ABC = List.of("A", "B", "C");

    static InvalidMatrixException invalid(double[][] a) {
        return assertThrows(InvalidMatrixException.class, () -> PairwiseMatrix.of("m", ABC, a));
    }

    @Test
    void notSquareRowTooShort() {
        InvalidMatrixException e = invalid(new double[][] {{1, 2, 3}, {.5, 1}, {1 / 3., 1, 1}});
        assertEquals(1, e.issues().size());
        assertEquals(2, e.issues().get(0).row());
        assertTrue(e.getMessage().contains("not square: row 2 has 2 values, expected 3"), e.getMessage());
    }

    @Test
    void notSquareTooManyRows() {
        InvalidMatrixException e = invalid(new double[][] {{1, 2, 3}, {.5, 1, 1}, {1 / 3., 1, 1}, {1, 1, 1}});
        assertTrue(e.getMessage().contains("4 rows for 3 labels"), e.getMessage());
    }

    @Test
    void nonPositiveAndInfiniteJudgmentsNameTheirCells() {
        InvalidMatrixException e = invalid(new double[][] {{1, 0, -3}, {Double.POSITIVE_INFINITY, 1, 1}, {1, 1, 1}});
        assertEquals(3, e.issues().size(), e.getMessage());
        assertEquals("[A, B]", e.issues().get(0).cell());
        assertEquals(1, e.issues().get(0).row());
        assertEquals(2, e.issues().get(0).column());
        assertEquals("[A, C]", e.issues().get(1).cell());
        assertEquals("[B, A]", e.issues().get(2).cell());
        assertTrue(e.getMessage().contains("judgment -3 is not positive"), e.getMessage());
    }

    @Test
    void diagonalMustBeOne() {
        InvalidMatrixException e = invalid(new double[][] {{1, 2, 3}, {.5, 2, 1}, {1 / 3., 1, 1}});
        assertEquals(1, e.issues().size());
        assertEquals("[B, B]", e.issues().get(0).cell());
        assertTrue(e.getMessage().contains("the diagonal must be 1"), e.getMessage());
    }

    @Test
    void notReciprocalNamesBothCellsAndTheExpectedValue() {
        InvalidMatrixException e = invalid(new double[][] {{1, 2, 3}, {2, 1, 1}, {1 / 3., 1, 1}});
        assertEquals(1, e.issues().size());
        MatrixIssue i = e.issues().get(0);
        assertEquals(1, i.row());
        assertEquals(2, i.column());
        assertTrue(i.message().contains("[A, B] = 2 but [B, A] = 2 (should be 0.5)"), i.message());
    }

    @Test
    void reciprocalWithinToleranceIsRepairedExactly() {
        PairwiseMatrix m = PairwiseMatrix.of("m", ABC, new double[][] {{1, 3, 0.14}, {0.33, 1, 1}, {7, 1, 1}});
        assertEquals(1 / 3.0, m.get(1, 0), 0);
        assertEquals(1 / 7.0, m.get(0, 2), 0);
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void offScaleJudgmentIsAWarningNotAnError() {
        PairwiseMatrix m = PairwiseMatrix.of("m", ABC, new double[][] {{1, 2.5, 12}, {0.4, 1, 1}, {1 / 12., 1, 1}});
        assertEquals(2, m.warnings().size());
        assertEquals("[A, B]", m.warnings().get(0).cell());
        assertEquals(MatrixIssue.Severity.WARNING, m.warnings().get(0).severity());
        assertTrue(m.warnings().get(1).message().contains("off Saaty's 1–9 scale"));
        assertEquals(3, m.priorities().size());
    }

    @Test
    void duplicateAndBlankLabels() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.of(List.of("A", "A", " "), new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}));
        assertEquals(2, e.issues().size(), e.getMessage());
        assertTrue(e.getMessage().contains("'A' appears twice"));
        assertTrue(e.getMessage().contains("element 3 has no label"));
    }

    @Test
    void upperTriangleOfTheWrongShape() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.fromUpperTriangle(ABC, new double[] {2, 3, 4}, new double[] {1}));
        assertTrue(e.getMessage().contains("row 1 (A) must hold 2 judgments"), e.getMessage());
    }

    @Test
    void upperTriangleBuildsTheReciprocals() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABC, new double[] {2, 4}, new double[] {2});
        assertEquals(0.25, m.get(2, 0), 0);
        assertEquals(1.0, m.get(1, 1), 0);
        assertTrue(m.isComplete());
        assertEquals(0.0, m.priorities().cr(), 1e-12);
    }

    @Test
    void skippedComparisonIsAWarningAndBlocksPrioritiesUntilCompleted() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABC, new double[] {2, Double.NaN}, new double[] {2});
        assertFalse(m.isComplete());
        assertEquals(1, m.warnings().size());
        assertTrue(m.warnings().get(0).message().contains("skipped"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::priorities);
        assertTrue(e.getMessage().contains("Completion.bozoki"), e.getMessage());
        // the consistent completion of 2 and 2 is 4, by both methods
        assertEquals(4.0, Completion.bozoki(m).get(0, 2), 1e-8);
        assertEquals(4.0, Completion.harker(m).get(0, 2), 1e-10);
    }

    @Test
    void completionRefusesDisconnectedJudgments() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(List.of("A", "B", "C", "D"),
                new double[] {2, Double.NaN, Double.NaN}, new double[] {Double.NaN, Double.NaN}, new double[] {3});
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class, () -> Completion.bozoki(m));
        assertTrue(e.getMessage().contains("2 unconnected groups [[A, B], [C, D]]"), e.getMessage());
        assertThrows(InvalidMatrixException.class, () -> Completion.harker(m));
    }

    @Test
    void nOfOneAndTwoAreConsistentByDefinition() {
        Priorities one = PairwiseMatrix.of(new double[][] {{1}}).priorities();
        assertEquals(1.0, one.weights()[0]);
        assertEquals(0.0, one.cr());
        Priorities two = PairwiseMatrix.of(new double[][] {{1, 9}, {1 / 9., 1}}).priorities();
        assertEquals(0.9, two.weights()[0], 1e-12);
        assertEquals(2.0, two.lambdaMax());
        assertEquals(0.0, two.ci());
        assertEquals(0.0, two.cr());
        assertTrue(two.consistent());
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvGridFullAndUpperFormsAgree(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full.csv");
        Files.writeString(full, "# criteria\n,A,B,C\nA,1,3,5\nB,1/3,1,2\nC,0.2,1/2,1\n", StandardCharsets.UTF_8);
        Path upper = dir.resolve("upper.csv");
        Files.writeString(upper, ",A,B,C\nA,,3,5\nB,,,2\nC,,,\n", StandardCharsets.UTF_8);
        assertEquals(PairwiseMatrix.read(full), PairwiseMatrix.read(upper));
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "row,column,value\nA,B,3\nA,C,5\nC,B,1/2\n", StandardCharsets.UTF_8);
        assertEquals(PairwiseMatrix.read(full), PairwiseMatrix.read(pairs));
    }

    @Test
    void csvErrorsGiveFileLineAndCell() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.parseCsv(",A,B\nA,1,three\nB,,1\n", "w.csv"));
        MatrixIssue i = e.issues().get(0);
        assertEquals("w.csv", i.source());
        assertEquals(2, i.line());
        assertEquals("[A, B]", i.cell());
        assertTrue(e.getMessage().contains("w.csv, line 2, cell [A, B] (row 1, column 2): 'three' is not a number"),
                e.getMessage());
    }

    @Test
    void csvRowOrderAndSquarenessAreChecked() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.parseCsv(",A,B,C\nB,1,2,3\nA,1,1,1,1\n", "x.csv"));
        String msg = e.getMessage();
        assertTrue(msg.contains("header names 3 elements but 2 rows follow"), msg);
        assertTrue(msg.contains("row 1 is labelled 'B' but the header's element 1 is 'A'"), msg);
        assertTrue(msg.contains("row 2 has 4 values for 3 columns"), msg);
    }

    @Test
    void csvNonReciprocalGivesLine() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.parseCsv(",A,B\nA,1,3\nB,3,1\n", "r.csv"));
        assertTrue(e.getMessage().contains("r.csv, line 2, cell [A, B]"), e.getMessage());
        assertTrue(e.getMessage().contains("not reciprocal"), e.getMessage());
    }

    @Test
    void csvPairsRejectsSelfComparisonAndDuplicates() {
        InvalidMatrixException self = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.parseCsv("row,column,value\nA,A,2\n", "p.csv"));
        assertTrue(self.getMessage().contains("line 2") && self.getMessage().contains("with itself"));
        InvalidMatrixException twice = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.parseCsv("row,column,value\nA,B,2\nA,B,3\n", "p.csv"));
        assertTrue(twice.getMessage().contains("judged twice (first on line 2)"), twice.getMessage());
    }

    @Test
    void emptyFile() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> PairwiseMatrix.parseCsv("# nothing\n\n", "e.csv"));
        assertTrue(e.getMessage().contains("holds no matrix"));
    }

    @Test
    void expertFileErrorsAreCollected() {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class, () -> ExpertJudgments.parse(
                "node,row,column,value\nindex,scale,industry,x\nindex,scale,scale,2\nindex,scale,industry\n",
                "ex.csv", "ex"));
        assertEquals(3, e.issues().size(), e.getMessage());
        assertTrue(e.getMessage().contains("ex.csv, line 2"));
        InvalidMatrixException header = assertThrows(InvalidMatrixException.class,
                () -> ExpertJudgments.parse("a,b,c\n", "h.csv", "h"));
        assertTrue(header.getMessage().contains("the header must be 'node,row,column,value'"));
    }

    @Test
    void csvRoundTrip() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABC, new double[] {3, 1 / 5.}, new double[] {2.5});
        assertEquals(m, PairwiseMatrix.parseCsv(m.toCsv(), "again"));
    }
}
