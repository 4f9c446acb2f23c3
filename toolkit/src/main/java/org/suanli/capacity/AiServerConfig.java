package org.suanli.capacity;

import java.util.Objects;

/**
 * An AI server: a host CPU configuration plus a number of identical accelerators. The blue book counts an AI
 * server's compute as what its accelerators deliver at FP16 (附件一 维度一: 智能算力…采用主流的半精度浮点算力);
 * {@link #peakTflops(Precision)} therefore counts the accelerators only, and {@link #hostPeakTflops} gives the
 * host CPUs separately for anyone who wants to add them.
 */
public record AiServerConfig(String name, ServerConfig host, Accelerator accelerator, int accelerators) {

    public AiServerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accelerator, "accelerator");
        if (accelerators <= 0) {
            throw new IllegalArgumentException(name + ": number of accelerators must be positive, got " + accelerators);
        }
    }

    /** Accelerator peak of the whole server at the given precision, in TFLOPS. */
    public double peakTflops(Precision p) {
        return accelerators * accelerator.peakTflops(p);
    }

    /** Peak of the host CPUs at the given precision, in TFLOPS (0 when no host is described). */
    public double hostPeakTflops(Precision p) {
        return host == null ? 0 : host.peakTflops(p);
    }
}
