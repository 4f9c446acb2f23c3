package org.suanli.capacity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CPU server configuration and its theoretical peak, by the blue book's footnote 15:
 * <pre>服务器算力 = 处理器芯片数 × 每时钟周期执行浮点运算次数 × 处理器主频 × 处理器核数</pre>
 * i.e. sockets × FLOPs per cycle per core × base frequency × cores per socket. The FLOPs per cycle differ by
 * precision (a 512-bit FMA unit does 16 FP64 or 32 FP32 FLOPs per cycle), so they are given per precision;
 * a precision that is absent is not supported and asking for it is an error rather than a silent zero.
 *
 * @param model                 processor model as the vendor names it
 * @param sockets               processor chips in the server (芯片数)
 * @param coresPerSocket        physical cores per chip (核数)
 * @param baseFrequencyGhz      base (nominal) clock in GHz (主频)
 * @param flopsPerCyclePerCore  FLOPs per cycle per core for each supported precision
 */
public record ServerConfig(String model, int sockets, int coresPerSocket, double baseFrequencyGhz,
                           Map<Precision, Double> flopsPerCyclePerCore) {

    public ServerConfig {
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("server configuration needs a processor model name");
        }
        if (sockets <= 0) {
            throw new IllegalArgumentException(model + ": sockets must be positive, got " + sockets);
        }
        if (coresPerSocket <= 0) {
            throw new IllegalArgumentException(model + ": cores per socket must be positive, got " + coresPerSocket);
        }
        if (!(baseFrequencyGhz > 0) || baseFrequencyGhz > 10) {
            throw new IllegalArgumentException(model + ": base frequency must be in GHz (0 < f <= 10), got "
                    + baseFrequencyGhz);
        }
        Objects.requireNonNull(flopsPerCyclePerCore, "flopsPerCyclePerCore");
        if (flopsPerCyclePerCore.isEmpty()) {
            throw new IllegalArgumentException(model + ": give FLOPs per cycle per core for at least one precision");
        }
        EnumMap<Precision, Double> copy = new EnumMap<>(Precision.class);
        for (Map.Entry<Precision, Double> e : flopsPerCyclePerCore.entrySet()) {
            double v = Objects.requireNonNull(e.getValue(), "FLOPs per cycle");
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(model + ": FLOPs per cycle per core at " + e.getKey().label()
                        + " must be positive, got " + v);
            }
            copy.put(e.getKey(), v);
        }
        flopsPerCyclePerCore = Collections.unmodifiableMap(copy);
    }

    /** A configuration with FP64 and FP32 rates only (the usual case for a CPU server). */
    public static ServerConfig of(String model, int sockets, int coresPerSocket, double baseFrequencyGhz,
                                  double fp64PerCycle, double fp32PerCycle) {
        EnumMap<Precision, Double> m = new EnumMap<>(Precision.class);
        m.put(Precision.FP64, fp64PerCycle);
        m.put(Precision.FP32, fp32PerCycle);
        return new ServerConfig(model, sockets, coresPerSocket, baseFrequencyGhz, m);
    }

    public int totalCores() {
        return sockets * coresPerSocket;
    }

    public boolean supports(Precision p) {
        return flopsPerCyclePerCore.containsKey(p);
    }

    /** Peak FLOP/s of the whole server at the given precision. */
    public double peakFlops(Precision p) {
        Double perCycle = flopsPerCyclePerCore.get(p);
        if (perCycle == null) {
            throw new IllegalArgumentException(model + " has no " + p.label() + " rate in its configuration; "
                    + "it has " + flopsPerCyclePerCore.keySet());
        }
        return sockets * perCycle * baseFrequencyGhz * 1e9 * coresPerSocket;
    }

    /** Peak in TFLOPS (10^12 FLOP/s). */
    public double peakTflops(Precision p) {
        return peakFlops(p) / 1e12;
    }
}
