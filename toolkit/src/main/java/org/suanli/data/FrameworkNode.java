package org.suanli.data;

import java.util.Optional;

/**
 * One node of the indicator tree of 表1: the index (level 0), a first-level dimension, a second-level indicator
 * or a third-level, measured indicator. Only level-3 nodes have a unit and a direction.
 *
 * @param key       stable key used by every data file, weight table and AHP matrix
 * @param level     0 for the index, 1–3 below it
 * @param parentKey the parent's key, empty for the root
 * @param nameZh    the name as 表1 prints it
 * @param nameEn    an English name
 * @param unit      the unit as 表1 prints it (levels 1–2: empty)
 * @param direction more is better or worse (levels 0–2: null)
 * @param source    where the book says the values come from (附件二), or where the node is defined
 */
public record FrameworkNode(String key, int level, String parentKey, String nameZh, String nameEn, String unit,
                            Direction direction, String source) {

    public boolean isLeaf() {
        return level == 3;
    }

    public Optional<String> parent() {
        return parentKey == null || parentKey.isEmpty() ? Optional.empty() : Optional.of(parentKey);
    }

    /** The name a chart or table shows: Chinese where it can be drawn, English otherwise. */
    public String label(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
