package org.suanli.sensitivity;

import java.util.Map;

import org.suanli.data.IndicatorData;

/**
 * Rebuilds the indicator data for given values of the reconstruction's assumptions ({@link UncertainInput.AssumptionChoice}
 * names → values), by running the reconstruction code — never by perturbing its output. Each distinct combination is
 * built once per analysis.
 */
@FunctionalInterface
public interface ReconstructionVariants {
    IndicatorData build(Map<String, Double> assumptions);
}
