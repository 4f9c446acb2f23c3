package org.suanli.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.data.CaptionCheck.english;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;

import tech.tablesaw.api.Table;

/** The reconstruction's tables in notebook 01 say what they were computed from (issue 15). */
class ReconstructionTableCaptionsTest {

    private static Reconstruction rebuilt;

    @BeforeAll
    static void rebuild() throws Exception {
        rebuilt = Reconstruction.run(DataFiles.dir());
    }

    @Test
    void growthTablesCountTheValuesTheirGrowthIsComputedFrom() {
        GrowthReport growth = GrowthReport.of(rebuilt);
        english(growth::table, "computed from values: 5 stated, 863 reconstructed (the 2022 and 2023 values)",
                "growth = 2023 / 2022 - 1", "flag: beyond ±30% and asked by no statement");
        english(() -> growth.beyond(25, 15), "computed from values: 30 reconstructed (the 2022 and 2023 values)");
        Table t = growth.beyond(25, 15);
        var cells = org.suanli.data.ShownProvenance.of(t).orElseThrow().cells();
        assertEquals(org.suanli.data.Provenance.RECONSTRUCTED, cells.apply(0, "value_2022"));
        assertEquals(org.suanli.data.Provenance.RECONSTRUCTED, cells.apply(0, "value_2023"));
        assertEquals(null, cells.apply(0, "growth_pct"));
        english(() -> growth.beyond(25, 15), "; marked r: reconstructed");
        Table all = growth.table();
        Table expected = all.where(all.numberColumn("growth_pct").isGreaterThan(25)
                .or(all.numberColumn("growth_pct").isLessThan(-25)));
        assertEquals(Math.min(15, expected.rowCount()), t.rowCount());
        assertEquals(all.columnNames(), t.columnNames());
        assertEquals(expected.numberColumn("growth_pct").max(), t.numberColumn("growth_pct").getDouble(0), 1e-9);
        for (int r = 1; r < t.rowCount(); r++) {
            assertTrue(t.numberColumn("growth_pct").getDouble(r - 1) >= t.numberColumn("growth_pct").getDouble(r));
        }
    }

    @Test
    void statementsTableSaysItIsReadFromTheRebuiltData() {
        ShapingStatements shaped = ShapingStatements.of(rebuilt);
        int citations = shaped.rows().stream().mapToInt(ShapingStatements.Row::cells).sum();
        english(() -> shaped.table("statement_id", "use", "assumption", "cells_citing"),
                "read from the rebuilt data (not numbers of the book)", "(" + citations + " citations)",
                "the 9 statements that ask for a 2022-2023 change");
        assertEquals(List.of("statement_id", "use", "cells_citing"), shaped.table("statement_id", "use", "cells_citing").columnNames());
        english(shaped::table, "(" + citations + " citations)");
    }
}
