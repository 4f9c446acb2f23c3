package org.suanli.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;

import tech.tablesaw.api.Table;

/** The growth report and the shaping statements as tables, equal to their shipped files. */
class ReconstructionTablesTest {

    private static Reconstruction rebuilt;

    @BeforeAll
    static void rebuild() throws Exception {
        rebuilt = Reconstruction.run(DataFiles.dir());
    }

    @Test
    void growthTableIsTheShippedGrowthFile() {
        GrowthReport growth = GrowthReport.of(rebuilt);
        Table t = growth.table();
        Table shipped = Table.read().csv(DataFiles.path(Reconstruction.GROWTH_FILE).toString());
        assertEquals(434, t.rowCount());
        assertEquals(shipped.columnNames(), t.columnNames());
        assertEquals(shipped.rowCount(), t.rowCount());
        assertEquals(shipped.column("flag_beyond_30pct").asList(), t.column("flag_beyond_30pct").asList());
        assertEquals(0, growth.flagged().size());
        assertEquals(growth.rows().get(0).growthPct(), t.numberColumn("growth_pct").getDouble(0), 0.05);
        assertEquals(shipped.numberColumn("growth_pct").sum(), t.numberColumn("growth_pct").sum(), 1e-9);
    }

    @Test
    void statementsTableIsTheShippedStatementsFile() {
        ShapingStatements shaped = ShapingStatements.of(rebuilt);
        Table t = shaped.table();
        Table shipped = Table.read().csv(DataFiles.path(Reconstruction.STATEMENTS_FILE).toString());
        assertEquals(39, t.rowCount());
        assertEquals(shipped.columnNames(), t.columnNames());
        assertEquals(shipped.stringColumn("statement_id").asList(), t.stringColumn("statement_id").asList());
        assertEquals(shipped.numberColumn("cells_citing").sum(), t.numberColumn("cells_citing").sum(), 1e-9);
    }
}
