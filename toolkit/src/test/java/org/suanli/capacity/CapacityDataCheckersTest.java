package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.ValidationIssue;

/** {@code suanli validate} hands the capacity tables to their own readers. */
class CapacityDataCheckersTest {

    @Test
    void shippedFilesAreValid() {
        Path data = Path.of("..", "data");
        assertEquals(List.of(), new CapacityDataCheckers.StatedFiguresChecker().check(data.resolve("capacity_stated.csv")));
        assertEquals(List.of(), new CapacityDataCheckers.ShipmentsChecker().check(data.resolve("shipments.csv")));
        assertEquals(List.of(), new CapacityDataCheckers.ServerConfigsChecker().check(data.resolve("server_configs.csv")));
    }

    @Test
    void aBadRowIsReportedWithRowAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("shipments.csv");
        Files.writeString(f, "year,region,kind,shipments_10k,provenance,method,source\n"
                + "2023,china,general,388.7,stated,stated,x\n2022,china,general,-1,stated,stated,x\n", StandardCharsets.UTF_8);
        var checker = new CapacityDataCheckers.ShipmentsChecker();
        assertTrue(checker.owns(f));
        List<ValidationIssue> issues = checker.check(f);
        assertEquals(1, issues.size());
        assertEquals(3, issues.get(0).row());
        assertEquals("shipments_10k", issues.get(0).column());
        assertTrue(issues.get(0).message().contains("negative"), issues.get(0).message());
    }
}
