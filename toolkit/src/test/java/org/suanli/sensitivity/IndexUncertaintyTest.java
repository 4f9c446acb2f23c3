package org.suanli.sensitivity;

import org.junit.jupiter.api.Test;
import org.suanli.index.IndexModel;

class IndexUncertaintyTest {

    @Test
    void smoke() {
        IndexUncertainty u = IndexUncertainty.of(IndexModel.standard(), UncertaintySpec.standard().withStatementRuns(0));
        for (int rep = 0; rep < 4; rep++) {
            long t1 = System.nanoTime();
            UncertaintyResult r = u.run(1 << 14, 1 + rep);
            long t2 = System.nanoTime();
            System.out.println("run " + (t2 - t1) / 1e6 + " ms, runs " + r.runs());
        }
    }
}
