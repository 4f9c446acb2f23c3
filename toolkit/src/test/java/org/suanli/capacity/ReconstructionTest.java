package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipment back-cast and the compute calibration reproduce the book's stated figures. */
class ReconstructionTest {

    static final Path DATA = Path.of("..", "data");
    private final StatedFigures stated = StatedFigures.standard();

    @Test
    void backcastHitsLastYearGrowthAndSixYearSum() {
        ShipmentBackcast.Result r = Shipments.backcast(stated, "general").reconstruct();
        SortedMap<Integer, Double> s = r.shipments();
        assertEquals(388.7, s.get(2023), 1e-12);
        assertEquals(388.7 / 1.011, s.get(2022), 1e-9);          // 384.47
        double six = 0;
        for (int y = 2018; y <= 2023; y++) {
            six += s.get(y);
        }
        assertEquals(2190, six, 1e-6);
        // constant growth inside the window before 2022
        assertEquals(s.get(2021) / s.get(2020), s.get(2020) / s.get(2019), 1e-12);
        assertEquals(1 + r.fittedGrowth(), s.get(2022) / s.get(2021), 1e-9);
        assertEquals(2016, s.firstKey());
    }

    @Test
    void aiBackcastUsesTheLowerBound() {
        SortedMap<Integer, Double> s = Shipments.backcast(stated, "ai").reconstruct().shipments();
        double six = 0;
        for (int y = 2018; y <= 2023; y++) {
            six += s.get(y);
        }
        assertEquals(114, six, 1e-6);
        assertEquals(33 / 1.15, s.get(2022), 1e-9);
    }

    @Test
    void backcastRejectsImpossibleFigures() {
        // six-year sum smaller than the last two years alone
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShipmentBackcast(2023, 388.7, 0.011, 6, 700, 0));
        assertTrue(e.getMessage().contains("not above the last two years"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ShipmentBackcast(2023, -1, 0.011, 6, 2190, 0));
        assertThrows(IllegalArgumentException.class, () -> new ShipmentBackcast(2023, 388.7, -1.5, 6, 2190, 0));
    }

    @Test
    void calibratedFleetsReproduceTheStatedTotalsAndGrowth() {
        FleetModel basic = ChinaFleets.basic();
        assertEquals(140.4, basic.scaleEflops(2023), 1e-9);
        assertEquals(140.4 / 1.17, basic.scaleEflops(2022), 1e-9);
        assertEquals(2190e4, basic.cumulativeShipments(2023), 1e-3);
        FleetModel ai = ChinaFleets.intelligent();
        assertEquals(289.4, ai.scaleEflops(2023), 1e-9);
        assertEquals(289.4 / 1.62, ai.scaleEflops(2022), 1e-9);
        FleetModel hpc = ChinaFleets.supercomputing();
        assertEquals(5.1, hpc.scaleEflops(2023), 1e-12);
        // residual: 435/1.44 − 140.4/1.17 − 289.4/1.62 = 302.0833 − 120 − 178.6420 = 3.4414
        assertEquals(3.4414, hpc.scaleEflops(2022), 1e-4);
    }

    @Test
    void shippedShipmentsCsvIsTheReconstruction() throws Exception {
        Path file = DATA.resolve("shipments.csv");
        String expected = Shipments.reconstructed(StatedFigures.load(DATA.resolve("capacity_stated.csv"))).toCsv();
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
                "data/shipments.csv is out of date: regenerate it with `suanli capacity --write-data data`");
        // and it loads back with the same rows
        Shipments loaded = Shipments.load(file);
        assertEquals(expected, loaded.toCsv());
    }

    @Test
    void bundledStatedFiguresMatchTheDataFile() throws Exception {
        try (var in = StatedFigures.class.getResourceAsStream(StatedFigures.RESOURCE)) {
            assertEquals(Files.readString(DATA.resolve("capacity_stated.csv"), StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void loadingBadShipmentsSaysWhereAndWhat(@TempDir Path dir) throws Exception {
        String header = "year,region,kind,shipments_10k,provenance,method,source\n";
        Path neg = dir.resolve("neg.csv");
        Files.writeString(neg, header + "2023,china,general,-5,stated,stated,x\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shipments.load(neg));
        assertTrue(e.getMessage().contains("line 2, column shipments_10k"), e.getMessage());
        assertTrue(e.getMessage().contains("negative"), e.getMessage());

        Path noMethod = dir.resolve("m.csv");
        Files.writeString(noMethod, header + "2022,china,general,380,reconstructed,,x\n", StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> Shipments.load(noMethod));
        assertTrue(e.getMessage().contains("must name its method"), e.getMessage());

        Path badHeader = dir.resolve("h.csv");
        Files.writeString(badHeader, "year,region,kind,units\n2023,china,general,1\n", StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> Shipments.load(badHeader));
        assertTrue(e.getMessage().contains("line 1, column shipments_10k: the column is missing"), e.getMessage());

        Path dup = dir.resolve("d.csv");
        Files.writeString(dup, header + "2023,china,general,1,stated,stated,x\n2023,china,general,2,stated,stated,x\n",
                StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> Shipments.load(dup));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void userShipmentsWithAMissingYearFailClearlyInTheFleet(@TempDir Path dir) throws Exception {
        String header = "year,region,kind,shipments_10k,provenance,method,source\n";
        StringBuilder sb = new StringBuilder(header);
        for (int y = 2016; y <= 2023; y++) {
            if (y != 2019) {
                sb.append(y).append(",china,general,350,stated,stated,my data\n");
            }
        }
        Path f = dir.resolve("s.csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        Shipments mine = Shipments.load(f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChinaFleets.basic(mine, stated, FleetParameters.book()));
        assertTrue(e.getMessage().contains("[2019]"), e.getMessage());
    }
}
