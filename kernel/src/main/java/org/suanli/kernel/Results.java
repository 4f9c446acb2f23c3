package org.suanli.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The values of the cells' last expressions, by execution count: what {@code Out[N]} shows, reachable from code
 * as {@code out(N)}. It replaces JShell's {@code $N} temporaries, which the kernel drops because every live one
 * makes each later compile slower. Like IPython's output cache it keeps the most recent {@value #CAPACITY}
 * results only, so that a long session does not hold every table it ever showed.
 */
final class Results {

    static final int CAPACITY = 1000;

    /** A stored {@code null} is a result; an absent key is not. */
    private final Map<Integer, Object> byCount = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void put(int count, Object value) {
        byCount.put(count, value);
    }

    /**
     * The result of cell {@code count}.
     *
     * @param current the execution count of the cell asking (0 when unknown), to tell "not run yet" from "no result"
     */
    synchronized Object get(int count, int current) {
        if (!byCount.containsKey(count)) {
            throw new NoSuchElementException(describeMissing(count, current));
        }
        return byCount.get(count);
    }

    synchronized void clear() {
        byCount.clear();
    }

    private static String describeMissing(int count, int current) {
        if (count <= 0) {
            return "out(" + count + "): cells are counted from 1, as in Out[1]";
        }
        if (current > 0 && count >= current) {
            return "out(" + count + "): cell " + count + " has not run yet (this is cell " + current + ")";
        }
        return "out(" + count + "): cell " + count + " gave no result (it ended with a statement or declaration, "
                + "failed, or is older than the last " + CAPACITY + " results kept)";
    }
}
