package org.suanli.data.reconstruct;

import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchPrint {
    @Test
    void print() throws Exception {
        Reconstruction r = Reconstruction.run(Path.of("..", "data"));
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (ReconstructedValue v : r.rows()) {
            if (v.year() != 2023 && !v.indicator().equals("computer_mfg_rd_100m_yuan")) continue;
            byKey.computeIfAbsent(v.year() + " " + v.indicator(), k -> new ArrayList<>()).add(v.province() + "=" + v.value());
        }
        for (var e : byKey.entrySet()) {
            List<String> l = new ArrayList<>(e.getValue());
            l.sort(Comparator.comparingDouble(s -> -Double.parseDouble(s.substring(s.indexOf('=') + 1))));
            double sum = l.stream().mapToDouble(s -> Double.parseDouble(s.substring(s.indexOf('=') + 1))).sum();
            System.out.println(e.getKey() + " sum=" + sum + "\n   " + String.join(" ", l));
        }
        System.out.println(r.cell("server_compute_eflops", 2023, "北京").source());
    }
}
