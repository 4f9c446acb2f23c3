package org.suanli.capacity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.StatementBases;
import org.suanli.scorecard.StatementBasis;
import org.suanli.scorecard.Verdict;

/**
 * Scorecard evaluator for the national and global capacity statements: the {@code national.*} statements of
 * {@code blue_book_2024_facts.json} that concern compute, and the further figures of sections 一 and 二 listed in
 * {@code data/capacity_stated.csv} (as statements {@code capacity.<id>}, see {@link #statements()}).
 *
 * <p>It reads a {@link NationalCapacity} from the context when a notebook attached one (e.g. with its own
 * shipments or parameters), and otherwise uses the standard reconstruction.
 */
public final class CapacityStatementEvaluator implements StatementEvaluator {

    /** Prefix of the statements made from {@code data/capacity_stated.csv}. */
    public static final String PREFIX = "capacity.";

    /** The facts-file statements this evaluator checks, with the stated figures each one bundles. */
    static final Map<String, List<String>> NATIONAL = new LinkedHashMap<>();

    static {
        NATIONAL.put("national.03", List.of("china.general_shipments_6yr", "china.ai_shipments_6yr"));
        NATIONAL.put("national.04", List.of("china.total", "china.global_share", "china.total_growth"));
        NATIONAL.put("national.05", List.of("china.basic", "china.basic_growth"));
        NATIONAL.put("national.06", List.of("china.basic_share"));
        NATIONAL.put("national.07", List.of("china.general_shipments", "china.general_shipments_growth"));
        NATIONAL.put("national.08", List.of("china.ai", "china.ai_growth", "china.ai_share"));
        NATIONAL.put("national.09", List.of("china.ai_shipments", "china.ai_shipments_growth"));
        NATIONAL.put("national.10", List.of("china.super", "china.super_growth_min"));
        NATIONAL.put("national.17", List.of("china.cagr_2016_2023"));
    }

    /** The infrastructure-side figure, which the device-side fleet method does not produce. */
    static final String INFRASTRUCTURE = "national.00";

    /** The ids of the facts-file statements this evaluator handles (national capacity figures). */
    public static Set<String> nationalIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(INFRASTRUCTURE);
        ids.addAll(NATIONAL.keySet());
        return Collections.unmodifiableSet(ids);
    }

    @Override
    public String name() {
        return "capacity";
    }

    @Override
    public boolean handles(Statement statement) {
        String id = statement.id();
        return NATIONAL.containsKey(id) || INFRASTRUCTURE.equals(id) || id.startsWith(PREFIX);
    }

    @Override
    public Verdict evaluate(Statement statement, ScorecardContext context) {
        String id = statement.id();
        if (INFRASTRUCTURE.equals(id)) {
            return Verdict.notEvaluated("230 EFlops is the infrastructure-side figure (MIIT, data centres and "
                    + "computing centres); the fleet method measures the device side (435 EFlops), so nothing here "
                    + "computes it");
        }
        NationalCapacity nc = context.get(NationalCapacity.class).orElseGet(NationalCapacity::standard);
        Map<String, CapacityCheck> checks = CapacityChecks.run(nc);
        List<String> ids = id.startsWith(PREFIX) ? List.of(id.substring(PREFIX.length())) : NATIONAL.get(id);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean holds = true;
        for (String k : ids) {
            CapacityCheck c = checks.get(k);
            if (c == null) {
                return Verdict.notEvaluated("no capacity figure '" + k + "' in data/capacity_stated.csv");
            }
            if (c.basis() == CapacityCheck.Basis.ANOMALY) {
                return Verdict.notEvaluated(c.note());
            }
            String unit = nc.stated().figure(k).unit();
            expected.add(k + " = " + CapacityCheck.fmt(c.expected()) + unitSuffix(unit));
            actual.add(k + " = " + CapacityCheck.fmt(c.actual()) + unitSuffix(unit) + " (" + c.basis().label() + ")");
            notes.add(k + ": " + c.note());
            holds &= c.holds();
        }
        if ("national.17".equals(id)) {
            notes.add("only the compute growth (46%) is a capacity figure; the digital-economy and GDP growth "
                    + "belong to the economy stage");
        }
        return Verdict.of(holds, String.join("; ", expected), String.join("; ", actual), String.join(" | ", notes));
    }

    /**
     * The basis of each capacity statement: a figure used as a model input is {@code input}, one a fitted fleet model
     * hits is {@code calibration}, one computed from others is {@code independent}. A facts-file statement bundling
     * several figures takes the least independent of them.
     */
    public static StatementBases bases(NationalCapacity nc) {
        Map<String, CapacityCheck> checks = CapacityChecks.run(nc);
        StatementBases out = StatementBases.none();
        for (CapacityCheck c : checks.values()) {
            out = out.plus(StatementBases.declare(List.of(PREFIX + c.id()), basisOf(c), c.basis().label()));
        }
        for (Map.Entry<String, List<String>> e : NATIONAL.entrySet()) {
            for (String k : e.getValue()) {
                CapacityCheck c = checks.get(k);
                if (c != null) {
                    out = out.plus(StatementBases.declare(List.of(e.getKey()), basisOf(c), k + ": " + c.basis().label()));
                }
            }
        }
        return out;
    }

    private static StatementBasis basisOf(CapacityCheck c) {
        return switch (c.basis()) {
            case STATED_INPUT -> StatementBasis.INPUT;
            case REPRODUCED -> StatementBasis.CALIBRATION;
            case COMPUTED, ANOMALY -> StatementBasis.INDEPENDENT;
        };
    }

    private static String unitSuffix(String unit) {
        return "%".equals(unit) ? "%" : " " + unit;
    }

    /**
     * The figures of {@code data/capacity_stated.csv} as scorecard statements ({@code capacity.<id>}, kind
     * {@code value}), in the facts-file shape, so that they can be evaluated next to the facts file.
     */
    public static Statements statements() {
        return statements(StatedFigures.standard());
    }

    public static Statements statements(StatedFigures figures) {
        return Statements.parse(new StringReader(statementsJson(figures)), "data/capacity_stated.csv (as statements)");
    }

    /** The JSON text of {@link #statements(StatedFigures)} ({@code data/capacity_statements.json}). */
    public static String statementsJson(StatedFigures figures) {
        JsonObject root = new JsonObject();
        JsonObject source = new JsonObject();
        source.addProperty("title", "先进计算暨算力发展指数蓝皮书（2024年）");
        source.addProperty("note", "National and global capacity figures of sections 一 and 二, generated from "
                + "data/capacity_stated.csv by org.suanli.capacity.CapacityStatementEvaluator");
        root.add("source", source);
        JsonArray facts = new JsonArray();
        for (StatedFigures.Figure f : figures.all().values()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", PREFIX + f.id());
            o.addProperty("section", f.section());
            o.addProperty("kind", "value");
            o.addProperty("quote", f.quote());
            o.addProperty("value", f.value());
            o.addProperty("unit", f.unit());
            o.addProperty("year", f.year());
            o.addProperty("note", String.format(Locale.ROOT, "%s %s (%s)", f.scope(), f.measure(), f.year()));
            facts.add(o);
        }
        root.add("facts", facts);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
