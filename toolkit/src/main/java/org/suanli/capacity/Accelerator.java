package org.suanli.capacity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An accelerator card (GPU, NPU, ASIC, FPGA) as its vendor states it: peak TFLOPS per precision. Vendors state
 * accelerator peaks directly, usually as "dense" tensor figures and sometimes "with sparsity" (2× the dense
 * figure); this type holds dense figures only, so that peaks of different vendors can be added.
 *
 * @param model     model as the vendor names it (e.g. "NVIDIA A100 SXM4 80GB")
 * @param kind      GPU, NPU, ASIC or FPGA
 * @param peakTflops dense peak TFLOPS per precision
 */
public record Accelerator(String model, Kind kind, Map<Precision, Double> peakTflops) {

    /** The accelerator families the blue book names for AI servers (二(一)). */
    public enum Kind { GPU, NPU, ASIC, FPGA;
        public static Kind parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unknown accelerator kind '" + s + "': use GPU, NPU, ASIC or FPGA");
            }
        }
    }

    public Accelerator {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        if (model.isBlank()) {
            throw new IllegalArgumentException("accelerator needs a model name");
        }
        if (peakTflops == null || peakTflops.isEmpty()) {
            throw new IllegalArgumentException(model + ": give a peak for at least one precision");
        }
        EnumMap<Precision, Double> copy = new EnumMap<>(Precision.class);
        for (Map.Entry<Precision, Double> e : peakTflops.entrySet()) {
            double v = Objects.requireNonNull(e.getValue());
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(model + ": peak at " + e.getKey().label()
                        + " must be positive TFLOPS, got " + v);
            }
            copy.put(e.getKey(), v);
        }
        peakTflops = Collections.unmodifiableMap(copy);
    }

    /**
     * An accelerator described by its units rather than its stated peak, by the same formula as a CPU:
     * units × FLOPs per cycle per unit × clock (e.g. 5120 FP32 CUDA cores × 2 × 1.53 GHz for a V100).
     */
    public static double peakFromUnits(int units, double flopsPerCyclePerUnit, double clockGhz) {
        if (units <= 0 || !(flopsPerCyclePerUnit > 0) || !(clockGhz > 0)) {
            throw new IllegalArgumentException("units, FLOPs per cycle and clock must be positive, got "
                    + units + ", " + flopsPerCyclePerUnit + ", " + clockGhz);
        }
        return units * flopsPerCyclePerUnit * clockGhz * 1e9 / 1e12;
    }

    public boolean supports(Precision p) {
        return peakTflops.containsKey(p);
    }

    public double peakTflops(Precision p) {
        Double v = peakTflops.get(p);
        if (v == null) {
            throw new IllegalArgumentException(model + " has no stated " + p.label() + " peak; it has "
                    + peakTflops.keySet());
        }
        return v;
    }
}
