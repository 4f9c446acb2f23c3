package org.suanli.economy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;

/**
 * Writes the reconstructed rows of {@code data/economy.csv}. The file's official rows (GDP) are the input and are
 * kept as they are; the generator replaces every reconstructed row it owns, so running it twice gives the same
 * bytes, and a test checks that the committed file is exactly what it produces.
 */
public final class EconomyDataGenerator {
    private EconomyDataGenerator() {
    }

    /** The data with the generator's rows rebuilt from the non-reconstructed ones. */
    public static IndicatorData regenerate(IndicatorData economy) {
        return regenerate(economy, DigitalEconomyReconstruction.standard());
    }

    public static IndicatorData regenerate(IndicatorData economy, DigitalEconomyReconstruction method) {
        List<Observation> kept = new ArrayList<>();
        for (Observation o : economy.observations()) {
            boolean ours = o.indicator().equals(EconomyData.DIGITAL_ECONOMY);
            if (ours && o.provenance() != Provenance.RECONSTRUCTED) {
                throw new IllegalArgumentException("economy data holds a " + o.provenance().csvName() + " value of "
                        + EconomyData.DIGITAL_ECONOMY + " (" + o.year() + ", " + o.province() + "); the generator only "
                        + "replaces reconstructed rows. Keep your own values in a separate file and apply that file as an override.");
            }
            if (!ours) {
                kept.add(o);
            }
        }
        IndicatorData base = IndicatorData.of(economy.catalog(), kept);
        kept.addAll(method.observations(base));
        return IndicatorData.of(economy.catalog(), kept);
    }

    /** Rewrites the file in place (atomically); returns the number of reconstructed rows written. */
    public static int regenerateFile(Path economyCsv) {
        IndicatorData out = regenerate(IndicatorData.load(economyCsv));
        out.write(economyCsv);
        return (int) out.observations().stream().filter(o -> o.indicator().equals(EconomyData.DIGITAL_ECONOMY)).count();
    }
}
