package org.suanli.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every variable key a data file may use, with the unit it must be in: the framework's indicators followed by
 * the economic variables of {@code data/economy_variables.csv}. Its order is the order files are written in.
 */
public final class VariableCatalog {

    private static final String ECONOMY_RESOURCE = "/org/suanli/data/default/economy_variables.csv";
    private static volatile VariableCatalog standard;

    private final Map<String, Variable> variables;
    private final Framework framework;

    private VariableCatalog(Framework framework, List<Variable> economy) {
        this.framework = framework;
        Map<String, Variable> map = new LinkedHashMap<>();
        for (FrameworkNode leaf : framework.leaves()) {
            map.put(leaf.key(), new Variable(leaf.key(), leaf.nameZh(), leaf.nameEn(), leaf.unit(), leaf.source(), true));
        }
        for (Variable v : economy) {
            if (map.putIfAbsent(v.key(), v) != null) {
                throw new IllegalArgumentException("The economic variable '" + v.key() + "' has the key of a framework indicator");
            }
        }
        this.variables = Collections.unmodifiableMap(map);
    }

    /** The shipped framework and economic variables, from the copies bundled in the jar. */
    public static VariableCatalog standard() {
        VariableCatalog c = standard;
        if (c == null) {
            try (InputStream in = VariableCatalog.class.getResourceAsStream(ECONOMY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(ECONOMY_RESOURCE + " is missing from the jar; rebuild it");
                }
                c = new VariableCatalog(Framework.standard(), parse(CsvFile.parse(CsvFile.decode(in.readAllBytes(), ECONOMY_RESOURCE), ECONOMY_RESOURCE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = c;
        }
        return c;
    }

    /** A catalogue of a user's framework and economic-variable files. */
    public static VariableCatalog of(Framework framework, Path economyVariables) {
        return new VariableCatalog(framework, parse(CsvFile.read(economyVariables)));
    }

    /** A catalogue of a framework's indicators only. */
    public static VariableCatalog of(Framework framework) {
        return new VariableCatalog(framework, List.of());
    }

    /** The columns of an economic-variable catalogue. */
    private static final List<String> COLUMNS = List.of("key", "name_zh", "name_en", "unit", "source");

    private static List<Variable> parse(CsvFile csv) {
        List<Variable> list = new ArrayList<>();
        for (CsvFile.Row r : csv.requireColumns(COLUMNS).consistentRows()) {
            list.add(new Variable(r.get("key").strip(), r.get("name_zh").strip(), r.get("name_en").strip(),
                    r.get("unit").strip(), r.get("source").strip(), false));
        }
        return list;
    }

    public Framework framework() {
        return framework;
    }

    public Optional<Variable> find(String key) {
        return Optional.ofNullable(variables.get(key));
    }

    /** All variables, indicators first, in the order files are written. */
    public List<Variable> all() {
        return List.copyOf(variables.values());
    }

    /** Position of a key in the catalogue's order; unknown keys sort last. */
    public int order(String key) {
        int i = 0;
        for (String k : variables.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    /** The known key closest to a misspelt one, for "did you mean". */
    public String nearestKey(String key) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String k : variables.keySet()) {
            int d = LevenshteinDistance.getDefaultInstance().apply(key.toLowerCase(Locale.ROOT), k);
            if (d < bestScore) {
                bestScore = d;
                best = k;
            }
        }
        return best;
    }
}
