package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.suanli.data.CaptionCheck.english;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.data.ShownProvenance;

/** Every table of {@link CapacityTables} (notebook 02) says how its numbers were obtained (issue 15). */
class CapacityTableCaptionsTest {

    private final NationalCapacity nc = NationalCapacity.standard();

    @Test
    void catalogCitesItsSpecificationsAndCountsItsAssumptions() {
        english(() -> CapacityTables.catalog(ServerCatalog.standard()),
                "values: published specifications cited in data/server_configs.csv (its source column; not all from the vendor)",
                "AI servers: accelerators × each one's stated peak", "9 of 9 configurations state assumptions");
    }

    @Test
    void shipmentsCountStatedAndReconstructed() {
        english(() -> CapacityTables.shipments(nc.stated().shipments()),
                "values: 5 stated, 16 reconstructed (reconstructed from stated figures by the method column's rule); "
                        + "marked r: reconstructed");
        var t = CapacityTables.shipments(nc.stated().shipments());
        var cells = ShownProvenance.of(t).orElseThrow().cells();
        String value = t.columnNames().get(3);
        long marked = java.util.stream.IntStream.range(0, t.rowCount())
                .filter(r -> cells.apply(r, value) == org.suanli.data.Provenance.RECONSTRUCTED).count();
        assertEquals(16, marked);
        assertEquals(null, cells.apply(0, "method"));
    }

    @Test
    void cohortsAndScenariosAreTheFleetModels() {
        var model = nc.fit(ComputeKind.BASIC).model();
        english(() -> CapacityTables.cohorts(model, 2023), "values: computed by the capacity fleet model", "6-year window");
        assertEquals("6 years", ShownProvenance.of(CapacityTables.cohorts(model, 2023)).orElseThrow().settings().get("window"));
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("basic", new double[] {1, 2});
        english(() -> CapacityTables.scenarios("Window", List.of("5-year", "6-year"), columns),
                "values: computed by the capacity fleet model, one run per scenario with the parameters its row names");
    }

    @Test
    void checksCountEachBasis() {
        english(() -> CapacityTables.checks(nc), "book: quoted from the book; here: computed by this run: 25 stated inputs, "
                + "11 reproduced by the fitted fleet model, 22 computed independently from other figures, 1 anomaly of the text");
    }

    @Test
    void structureAndSeriesSayHowEachValueWasObtained() {
        english(() -> CapacityTables.structure(nc), "values (2023): 4 stated, 2 computed by the fleet model",
                "2 summed from them; 2022: 5 back-cast from stated growth or shares, 1 residual, 2 not given by the book");
        english(() -> CapacityTables.series(CapacitySeries.global(nc.stated())),
                "values: 1 stated, 2 back-cast from growth, 5 interpolated (assumption); growth computed from them");
    }
}
