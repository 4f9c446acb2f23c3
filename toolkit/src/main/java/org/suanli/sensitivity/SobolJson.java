package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The JSON shape shared by the index analysis and the analytic test functions. */
public final class SobolJson {
    private SobolJson() {
    }

    static Gson gson() {
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();
    }

    /** One object per output: its variance and, per input, S1, ST and their intervals. */
    static List<Map<String, Object>> indices(SobolResult r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < r.outputs().size(); k++) {
            String name = r.outputs().get(k);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("output", name);
            o.put("variance", r.variance().get(k));
            o.put("indices", r.indicesOf(name));
            out.add(o);
        }
        return out;
    }

    /** A test-function run: the estimates next to the analytic values. */
    public static String testFunction(String name, SobolResult r, double[] s1, double[] st) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("testFunction", name);
        root.put("n", r.n());
        root.put("runs", r.runs());
        root.put("seed", r.seed());
        root.put("bootstrapReplicates", r.replicates());
        root.put("sensitivity", indices(r));
        List<Map<String, Object>> analytic = new ArrayList<>();
        for (int i = 0; i < s1.length; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", r.inputs().get(i));
            m.put("S1", s1[i]);
            m.put("ST", st[i]);
            analytic.add(m);
        }
        root.put("analytic", analytic);
        root.put("convergence", r.convergence());
        return gson().toJson(root);
    }
}
