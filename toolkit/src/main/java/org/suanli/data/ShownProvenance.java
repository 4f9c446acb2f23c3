package org.suanli.data;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * Where the numbers of a table or chart the toolkit made come from, kept beside the object so that whoever shows
 * it (the kernel, the HTML report) can say so: a caption such as "values: 5 stated, 863 reconstructed", which cells
 * are reconstructed, and the settings that produced it. A reviewer must never have to guess whether a number shown
 * is the book's, an official statistic or ours.
 *
 * <p>Objects are remembered by identity and weakly, so a table that is no longer used costs nothing. A table
 * derived from an annotated one (filtered, sorted) is a new object and carries no caption until the code that
 * made it attaches one: no caption is better than a wrong one.
 *
 * @param caption  the text shown with the object
 * @param cells    the provenance of the cell at (row, column name) of a table, or null when not known per cell
 * @param settings the settings that produced it (standardisation, base year, weights), in order; may be empty
 */
public record ShownProvenance(String caption, BiFunction<Integer, String, Provenance> cells, Map<String, String> settings) {

    /** Keys hold their object weakly; entries whose object was collected are dropped on the next attach. */
    private static final Map<Identity, ShownProvenance> ATTACHED = new HashMap<>();
    private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

    public ShownProvenance {
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Remembers {@code provenance} for {@code shown} and returns {@code shown}, so a method can end with it. */
    public static <T> T attach(T shown, ShownProvenance provenance) {
        if (shown != null && provenance != null) {
            synchronized (ATTACHED) {
                for (Reference<?> gone; (gone = COLLECTED.poll()) != null; ) {
                    ATTACHED.remove(gone);
                }
                ATTACHED.put(new Identity(shown, COLLECTED), provenance);
            }
        }
        return shown;
    }

    /** {@code shown} with only a caption (no marked cells, no settings), the common case; returns {@code shown}. */
    public static <T> T attach(T shown, String caption) {
        return attach(shown, new ShownProvenance(caption, null, Map.of()));
    }

    /** What was attached to {@code shown}, if anything. */
    public static Optional<ShownProvenance> of(Object shown) {
        if (shown == null) {
            return Optional.empty();
        }
        synchronized (ATTACHED) {
            return Optional.ofNullable(ATTACHED.get(new Identity(shown, null)));
        }
    }

    /** The same provenance with these settings. */
    public ShownProvenance withSettings(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putAll(more);
        return new ShownProvenance(caption, cells, all);
    }

    /**
     * "values: 12 official, 5 stated, 863 reconstructed" for the values themselves, or with {@code derived}
     * "computed from values: …" for a result of them; provenances with no value are left out. In Chinese
     * ({@link Language#chinese()}) the same in Chinese: "数值：12 个官方、5 个书中数值、863 个重构".
     */
    public static String describe(Map<Provenance, Integer> counts, boolean derived) {
        boolean zh = Language.chinese();
        StringJoiner parts = new StringJoiner(zh ? "、" : ", ");
        for (Provenance p : Provenance.values()) {
            int n = counts.getOrDefault(p, 0);
            if (n > 0) {
                parts.add(zh ? n + " 个" + chinese(p) : n + " " + p.csvName());
            }
        }
        if (zh) {
            return (derived ? "由以下数值计算：" : "数值：") + (parts.length() == 0 ? "无" : parts.toString());
        }
        String text = parts.length() == 0 ? "no values" : parts.toString();
        return (derived ? "computed from values: " : "values: ") + text;
    }

    /** The Chinese word for a provenance in a caption. */
    static String chinese(Provenance p) {
        return switch (p) {
            case OFFICIAL -> "官方";
            case SECONDARY -> "官方（公开转载）";
            case STATED -> "书中数值";
            case RECONSTRUCTED -> "重构";
        };
    }

    /** How many of {@code data}'s values have each provenance. */
    public static Map<Provenance, Integer> counts(IndicatorData data) {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        data.observations().forEach(o -> counts.merge(o.provenance(), 1, Integer::sum));
        return counts;
    }

    /** The short mark of a provenance in a table cell ("r" for reconstructed), or null for none. */
    public static String mark(Provenance p) {
        return p == Provenance.RECONSTRUCTED ? "r" : null;
    }

    /** A caption's note on the marks: "; r = reconstructed". */
    public static String markNote() {
        return Language.chinese() ? "；标记 r：重构"
                : "; marked r: " + Provenance.RECONSTRUCTED.csvName().toLowerCase(Locale.ROOT);
    }

    /** Identity as a key of a weak map (tables and charts may define equals by content, or not at all). */
    private static final class Identity extends WeakReference<Object> {
        private final int hash;

        Identity(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            return other instanceof Identity i && i.get() != null && i.get() == get();
        }
    }
}
