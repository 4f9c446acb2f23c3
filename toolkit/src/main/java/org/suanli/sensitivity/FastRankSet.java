package org.suanli.sensitivity;

import java.util.List;

import org.suanli.scorecard.RankRange;
import org.suanli.scorecard.Statement;

/**
 * A rank-set statement on the composite ("广东…山东排名前六", ranks 7–15) checked on every model run, with the index
 * engine's reading: every listed province's rank lies in the range and, if the list fills the range, nobody else's
 * does. {@code FastRankSetTest} checks it against {@code IndexStatementEvaluator}.
 */
record FastRankSet(String id, int[] listed, int from, int to) {

    static FastRankSet of(Statement s, List<String> provinces) {
        RankRange range = s.ranks().orElseThrow(() -> new IllegalArgumentException("statement " + s.id() + " has no rank range"));
        int[] idx = s.provinces().stream().mapToInt(provinces::indexOf).toArray();
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] < 0) {
                throw new IllegalArgumentException("statement " + s.id() + " names " + s.provinces().get(i) + ", which is not in the data");
            }
        }
        return new FastRankSet(s.id(), idx, range.from(), range.to());
    }

    /** Whether the statement holds for these ranks (rank of province p at {@code ranks[offset + p]}). */
    boolean holds(double[] ranks, int offset, int provinces) {
        for (int p : listed) {
            double k = ranks[offset + p];
            if (k < from || k > to) {
                return false;
            }
        }
        int size = to - from + 1;
        if (listed.length < size) {
            return true;
        }
        int in = 0;
        for (int p = 0; p < provinces; p++) {
            double k = ranks[offset + p];
            if (k >= from && k <= to) {
                in++;
            }
        }
        return in == size;
    }
}
