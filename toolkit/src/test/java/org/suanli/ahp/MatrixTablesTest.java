package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.data.Language;

import tech.tablesaw.api.Table;

/** {@link PairwiseMatrix#methodsTable} and {@link PairwiseMatrix#consistencyTable}, the tables notebook 03 shows. */
class MatrixTablesTest {

    @AfterEach
    void resetLanguage() {
        Language.reset();
    }

    @Test
    void drinksByMethodReproduceSaaty2008() {
        PairwiseMatrix drinks = PairwiseMatrix.read(DataFiles.path("ahp/examples/drinks-saaty2008.csv"));
        Table t = drinks.methodsTable(RandomIndex.SAATY_2005, PriorityMethod.EIGENVECTOR, PriorityMethod.GEOMETRIC_MEAN);
        assertEquals(List.of("element", "eigenvector", "geometric_mean"), t.columnNames());
        // Saaty (2008), "Decision making with the analytic hierarchy process": coffee .177, wine .019, tea .042,
        // beer .116, sodas .190, milk .129, water .327
        assertArrayEquals(new double[] {.177, .019, .042, .116, .190, .129, .327},
                t.doubleColumn("eigenvector").asDoubleArray(), 0.0006);
        assertEquals(0.17872, t.doubleColumn("geometric_mean").get(0), 1e-5);
        assertTrue(t.name().contains("drinks-saaty2008.csv") && t.name().contains("CR = 0.0218"), t.name());
        assertEquals(4, drinks.methodsTable(RandomIndex.SAATY_2005).columnCount(), "every method when none is named");
    }

    @Test
    void nearTheLimitOnlySaatysClassicTableAcceptsUnderTheFixedRule() {
        Language.use(Language.EN);
        PairwiseMatrix near = PairwiseMatrix.fromUpperTriangle(List.of("A", "B", "C"), new double[] {2, 3}, new double[] {4});
        Table t = near.consistencyTable();
        assertEquals(List.of("RI_table", "RI(3)", "CR", "fixed_CR_le_0.10", "n-dependent_CR_le_0.05"), t.columnNames());
        assertEquals(RandomIndex.values().length, t.rowCount());
        assertEquals(0.58, t.doubleColumn("RI(3)").get(0), 1e-12);
        assertEquals(0.0930, t.doubleColumn("CR").get(0), 5e-5);
        assertEquals(0.1037, t.doubleColumn("CR").get(1), 5e-5);
        assertEquals(List.of("accepted", "rejected", "rejected", "rejected"), t.stringColumn("fixed_CR_le_0.10").asList());
        assertEquals(List.of("rejected", "rejected", "rejected", "rejected"), t.stringColumn("n-dependent_CR_le_0.05").asList());
        assertTrue(t.name().contains("CI = 0.0539"), t.name());
    }
}
