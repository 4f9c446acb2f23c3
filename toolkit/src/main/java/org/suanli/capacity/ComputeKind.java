package org.suanli.capacity;

import java.util.Locale;

/**
 * The three kinds of compute of the blue book's first dimension (附件一 维度一), each with the precision it is
 * natively measured in and the level-3 indicator key it feeds in {@code data/indicators.csv}.
 */
public enum ComputeKind {
    BASIC("基础算力", "basic compute", Precision.FP32, "server_compute_eflops"),
    INTELLIGENT("智能算力", "intelligent compute", Precision.FP16, "ai_server_compute_eflops"),
    SUPER("超算算力", "supercomputing", Precision.FP64, "supercomputer_compute_eflops");

    private final String nameZh;
    private final String nameEn;
    private final Precision nativePrecision;
    private final String indicatorKey;

    ComputeKind(String nameZh, String nameEn, Precision nativePrecision, String indicatorKey) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.nativePrecision = nativePrecision;
        this.indicatorKey = indicatorKey;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The precision this kind of compute is measured in before the book converts it to FP32. */
    public Precision nativePrecision() {
        return nativePrecision;
    }

    /** The level-3 indicator key of 表1 this kind feeds (e.g. {@code server_compute_eflops}). */
    public String indicatorKey() {
        return indicatorKey;
    }

    /** Accepts basic/intelligent/super, general/ai/hpc and the Chinese names. */
    public static ComputeKind parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("compute kind is missing: use basic, intelligent or super");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "basic": case "general": case "基础算力": case "通用": case "general_server": return BASIC;
            case "intelligent": case "ai": case "智能算力": case "ai_server": return INTELLIGENT;
            case "super": case "hpc": case "supercomputing": case "超算算力": return SUPER;
            default:
                throw new IllegalArgumentException("unknown compute kind '" + text
                        + "': use basic (general servers), intelligent (AI servers) or super");
        }
    }
}
