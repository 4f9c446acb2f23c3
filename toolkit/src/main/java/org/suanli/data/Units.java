package org.suanli.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units of the book's statistics in Chinese and English, in one place, so a chart or table in English says
 * "100 million yuan" where the data file says 亿元.
 *
 * <p>The data files keep the Chinese unit (the statistic's own); {@link #label} gives the one for the current
 * {@link Language}. Units that are already international (EFlops, Tbps, %) pass through unchanged.
 */
public final class Units {

    /** Chinese unit → English, for every Chinese unit the shipped data and the capacity model use. */
    public static final Map<String, String> ENGLISH;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("亿元", "100 million yuan");
        m.put("万亿元", "trillion yuan");
        m.put("万元", "10,000 yuan");
        m.put("万台", "10,000 units");
        m.put("万块", "10,000 pieces");
        m.put("件", "items");
        m.put("个", "count");
        ENGLISH = Collections.unmodifiableMap(m);
    }

    private Units() {
    }

    /** The unit as the current language writes it: Chinese as given, or its English form. */
    public static String label(String unit) {
        return Language.chinese() ? unit : english(unit);
    }

    /** The English form of {@code unit}; a unit with no Chinese character is returned as it is. */
    public static String english(String unit) {
        if (unit == null) {
            return null;
        }
        return ENGLISH.getOrDefault(unit.strip(), unit);
    }
}
