package org.suanli.capacity;

import java.util.Objects;

/**
 * The assumptions of a fleet estimate, made explicit so that a notebook can vary them.
 *
 * @param window     years summed (the book: 6, "近六年")
 * @param toFp32     factor that converts the kind's native-precision peak into the FP32 figure the book reports
 *                   (1 for basic compute, which is already FP32; for AI servers the FP16→FP32 conversion the book
 *                   applies but does not publish; for supercomputers FP64→FP32)
 * @param retirement which share of each cohort still counts
 */
public record FleetParameters(int window, double toFp32, Retirement retirement) {

    public FleetParameters {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1 year, got " + window);
        }
        if (window > 30) {
            throw new IllegalArgumentException("window of " + window + " years is implausible for servers (max 30)");
        }
        if (!(toFp32 > 0) || Double.isInfinite(toFp32)) {
            throw new IllegalArgumentException("conversion factor to FP32 must be positive, got " + toFp32);
        }
        Objects.requireNonNull(retirement, "retirement");
    }

    /** The book's method: six years, counted in full, no conversion. */
    public static FleetParameters book() {
        return new FleetParameters(6, 1.0, Retirement.window());
    }

    public FleetParameters withWindow(int w) {
        return new FleetParameters(w, toFp32, retirement);
    }

    public FleetParameters withToFp32(double f) {
        return new FleetParameters(window, f, retirement);
    }

    public FleetParameters withRetirement(Retirement r) {
        return new FleetParameters(window, toFp32, r);
    }
}
