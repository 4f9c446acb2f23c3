package org.suanli.reconstruct;

import org.suanli.data.Provenance;

/** One row of {@code data/indicators.csv} as the reconstruction writes it (value already rounded). */
public record ReconstructedValue(int year, String province, String indicator, String value, String unit,
                                 Provenance provenance, String source) {

    public double numeric() {
        return Double.parseDouble(value);
    }
}
