package org.suanli.sensitivity;

import java.util.List;

/**
 * Every model run's ranks counted per province and rank, the scores' first two moments, and how often each
 * composite rank-set statement held. Counts merge exactly; the moments merge in chunk order.
 */
final class RankHistogram implements RunObserver<RankHistogram> {
    private final int np;
    private final long[][] counts;
    private final double[][] moments;
    private final List<FastRankSet> sets;
    private final long[] holds;
    private long runs;

    RankHistogram(int provinces, List<FastRankSet> sets) {
        this.np = provinces;
        this.counts = new long[provinces][provinces];
        this.moments = new double[provinces][2];
        this.sets = sets;
        this.holds = new long[sets.size()];
    }

    @Override
    public void observe(double[] out) {
        runs++;
        for (int p = 0; p < np; p++) {
            counts[p][(int) out[1 + p] - 1]++;
            double s = out[1 + np + p];
            moments[p][0] += s;
            moments[p][1] += s * s;
        }
        for (int i = 0; i < holds.length; i++) {
            if (sets.get(i).holds(out, 1, np)) {
                holds[i]++;
            }
        }
    }

    @Override
    public void merge(RankHistogram later) {
        runs += later.runs;
        for (int p = 0; p < np; p++) {
            for (int r = 0; r < np; r++) {
                counts[p][r] += later.counts[p][r];
            }
            moments[p][0] += later.moments[p][0];
            moments[p][1] += later.moments[p][1];
        }
        for (int i = 0; i < holds.length; i++) {
            holds[i] += later.holds[i];
        }
    }

    long[][] counts() {
        return counts;
    }

    double[][] scoreMoments() {
        return moments;
    }

    long[] setHolds() {
        return holds;
    }

    long runs() {
        return runs;
    }
}
