package org.suanli.capacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of {@link ProvincialCompute#estimate}: each province's compute in EFlops (FP32), in the order the
 * shares were given, with the national total and how much of each cohort the shares allocated.
 *
 * @param kind              basic, intelligent or super
 * @param year              evaluation year
 * @param eflops            province → EFlops
 * @param nationalEflops    the national fleet's total for the year
 * @param allocatedShare    per window year (oldest first): the sum of the provinces' shares
 */
public record ProvincialEstimate(ComputeKind kind, int year, Map<String, Double> eflops, double nationalEflops,
                                 double[] allocatedShare) {

    public ProvincialEstimate {
        eflops = Collections.unmodifiableMap(new LinkedHashMap<>(eflops));
        allocatedShare = allocatedShare.clone();
    }

    @Override
    public double[] allocatedShare() {
        return allocatedShare.clone();
    }

    /** Sum over the provinces given; equals the national total when every cohort's shares sum to 1. */
    public double totalEflops() {
        double s = 0;
        for (double v : eflops.values()) {
            s += v;
        }
        return s;
    }

    public double eflops(String province) {
        Double v = eflops.get(province);
        if (v == null) {
            throw new IllegalArgumentException("no estimate for '" + province + "'; provinces estimated: " + eflops.keySet());
        }
        return v;
    }
}
