package org.suanli.capacity;

import java.util.Locale;

/**
 * Floating-point precisions the blue book uses. Basic compute is counted in FP32, intelligent compute is
 * measured in FP16 and "converted to FP32", supercomputing is measured in FP64 and converted to FP32
 * (附件一 维度一). Keeping the precision explicit on every figure stops FP16 tensor peaks from being
 * silently added to FP32 vector peaks.
 */
public enum Precision {
    FP64("FP64", 64),
    FP32("FP32", 32),
    FP16("FP16", 16);

    private final String label;
    private final int bits;

    Precision(String label, int bits) {
        this.label = label;
        this.bits = bits;
    }

    public String label() {
        return label;
    }

    public int bits() {
        return bits;
    }

    /** Accepts FP64/fp32/"FP16 " and the Chinese 双精度/单精度/半精度. */
    public static Precision parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("precision is missing: use FP64, FP32 or FP16");
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "FP64": case "64": case "双精度": return FP64;
            case "FP32": case "32": case "单精度": return FP32;
            case "FP16": case "16": case "半精度": return FP16;
            default:
                throw new IllegalArgumentException("unknown precision '" + text + "': use FP64, FP32 or FP16");
        }
    }
}
