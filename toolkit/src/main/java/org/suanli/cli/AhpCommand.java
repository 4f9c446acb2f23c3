package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.suanli.ahp.Ahp;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.Completion;
import org.suanli.ahp.CrThreshold;
import org.suanli.ahp.Diagnostics;
import org.suanli.ahp.ExpertJudgments;
import org.suanli.ahp.ExpertPanel;
import org.suanli.ahp.ExpertPanelFile;
import org.suanli.ahp.JudgmentAggregation;
import org.suanli.ahp.MatrixIssue;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.ahp.Priorities;
import org.suanli.ahp.PriorityMethod;
import org.suanli.ahp.RandomIndex;
import org.suanli.data.CsvFile;
import org.suanli.data.Framework;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suanli ahp}: weights and consistency for reviewers and batch use, without a notebook.
 *
 * <p>The files decide what is computed: one matrix file gives that matrix's weights, λmax, CI and CR (plus the
 * diagnostics if it is inconsistent); several matrix files are a panel of experts judging the same elements;
 * expert files ({@code node,row,column,value}) or a panel file ({@code expert,file,weight,note}) weight the whole
 * framework. The JSON output ({@code --json}) is documented in docs/ahp.md.
 */
@Command(name = "ahp", mixinStandardHelpOptions = true,
        description = {"AHP weights and consistency (λmax, CI, CR) from pairwise comparison matrices.",
                "One matrix CSV: its weights and consistency, with a suggested fix if inconsistent.",
                "Several matrix CSVs: a panel of experts, aggregated (--aggregate), with each expert's CR.",
                "Expert files (node,row,column,value) or a panel file (expert,file,weight,note): the whole",
                "framework's local and global weights, e.g. 'suanli ahp data/ahp/panel.csv'."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":computed (inconsistent matrices are reported, not fatal)", ExitCodes.USAGE_LINE,
                ExitCodes.INPUT + ":invalid input file (every problem is listed with its file, line and cell)"})
public final class AhpCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Matrix CSV files (grid ',A,B' or pairs 'row,column,value'), expert files or a panel file")
    List<Path> files;

    @Option(names = "--method", paramLabel = "M", defaultValue = "eigen",
            description = "eigen (principal eigenvector, default), geometric (row geometric means) or column "
                    + "(normalised-column average)")
    String method;

    @Option(names = "--ri", paramLabel = "TABLE", defaultValue = "saaty1980",
            description = "Random index: saaty1980 (default), saaty2005, donegan-dodd or alonso-lamata")
    String ri;

    @Option(names = "--aggregate", paramLabel = "A", defaultValue = "aij",
            description = "For several experts: aij (geometric mean of judgments, default), aip-geometric or "
                    + "aip-arithmetic (means of priorities)")
    String aggregate;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "fixed",
            description = "CR limit: fixed (0.10, default) or n-dependent (0.05 for n=3, 0.08 for n=4, else 0.10)")
    String threshold;

    @Option(names = "--exclude-inconsistent", description = "Leave out experts whose CR is above the limit")
    boolean excludeInconsistent;

    @Option(names = "--completion", paramLabel = "C", defaultValue = "bozoki",
            description = "How skipped comparisons are completed for a single matrix: bozoki (λmax-optimal, default)"
                    + " or harker")
    String completion;

    @Option(names = "--framework", paramLabel = "CSV",
            description = "The indicator tree for expert files (default: the shipped data/framework.csv)")
    Path framework;

    @Option(names = "--json", description = "Print JSON instead of text (format: docs/ahp.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExpertPanel.Settings settings;
        Completion.Method completionMethod;
        try {
            settings = new ExpertPanel.Settings(JudgmentAggregation.parse(aggregate), PriorityMethod.parse(method),
                    RandomIndex.parse(ri), CrThreshold.parse(threshold), excludeInconsistent);
            completionMethod = switch (completion.toLowerCase(Locale.ROOT)) {
                case "bozoki", "bozóki", "optimal" -> Completion.Method.BOZOKI;
                case "harker" -> Completion.Method.HARKER;
                default -> throw new IllegalArgumentException("Unknown completion '" + completion
                        + "'; use bozoki or harker.");
            };
        } catch (IllegalArgumentException e) {
            err.println("suanli ahp: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Inputs inputs = new Inputs("ahp", err);
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(CsvFile.text(f));
            inputs.file("matrix", f);
        }
        {
            boolean hierarchy = texts.stream().anyMatch(
                    t -> ExpertJudgments.looksLikeExpertFile(t) || ExpertPanelFile.looksLikePanelFile(t));
            Map<String, Object> result;
            if (hierarchy) {
                result = hierarchy(settings, out);
            } else if (files.size() == 1) {
                result = single(PairwiseMatrix.parseCsv(texts.get(0), files.get(0).toString()), settings,
                        completionMethod, out);
            } else {
                List<ExpertPanel.Expert> experts = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    String id = files.get(i).getFileName().toString().replaceFirst("\\.csv$", "");
                    experts.add(new ExpertPanel.Expert(id, PairwiseMatrix.parseCsv(texts.get(i), files.get(i).toString())));
                }
                result = panel(experts, settings, out);
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("inputs", inputs.json());
                doc.putAll(result);
                out.println(GSON.toJson(doc));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .serializeSpecialFloatingPointValues().create();

    // ---------------------------------------------------------------- one matrix

    private Map<String, Object> single(PairwiseMatrix given, ExpertPanel.Settings s, Completion.Method cm, PrintWriter out) {
        PairwiseMatrix m = Completion.complete(given, cm);
        Priorities p = Ahp.priorities(m, s.method(), s.randomIndex(), s.threshold());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", "matrix");
        r.put("file", given.source());
        settings(r, s);
        r.put("n", m.size());
        r.put("weights", p.asMap());
        consistency(r, p);
        List<Map<String, Object>> completed = new ArrayList<>();
        for (int[] c : given.missingPairs()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("row", m.labels().get(c[0]));
            x.put("column", m.labels().get(c[1]));
            x.put("value", m.get(c[0], c[1]));
            completed.add(x);
        }
        r.put("completion", given.isComplete() ? null : cm.name().toLowerCase(Locale.ROOT));
        r.put("completed", completed);
        r.put("warnings", given.warnings().stream().filter(w -> !w.message().startsWith("comparison skipped"))
                .map(MatrixIssue::toString).toList());
        Diagnostics.Report d = null;
        if (!p.consistent() && m.size() >= 3) {
            d = Diagnostics.diagnose(m, s.randomIndex(), s.threshold());
            Map<String, Object> dj = new LinkedHashMap<>();
            List<Map<String, Object>> contributions = new ArrayList<>();
            for (Diagnostics.Contribution c : d.contributions()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("row", c.rowLabel());
                x.put("column", c.columnLabel());
                x.put("given", c.given());
                x.put("implied", c.implied());
                x.put("share", c.share());
                contributions.add(x);
            }
            dj.put("contributions", contributions);
            List<Map<String, Object>> revisions = new ArrayList<>();
            for (Diagnostics.Revision v : d.revisions()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("row", v.rowLabel());
                x.put("column", v.columnLabel());
                x.put("from", v.from());
                x.put("to", v.to());
                x.put("crAfter", v.crAfter());
                revisions.add(x);
            }
            dj.put("revisions", revisions);
            dj.put("crAfter", d.after().cr());
            r.put("diagnostics", dj);
        } else {
            r.put("diagnostics", null);
        }
        if (!json) {
            out.println(given.source() + ": " + m.size() + "×" + m.size() + " comparison matrix, "
                    + describe(s, false));
            for (MatrixIssue w : given.warnings()) {
                out.println("  " + w);
            }
            for (Map<String, Object> c : completed) {
                out.printf(Locale.ROOT, "  completed [%s, %s] = %.4f (%s)%n", c.get("row"), c.get("column"),
                        (Double) c.get("value"), cm == Completion.Method.BOZOKI
                                ? "Bozóki, Fülöp & Rónyai 2010, λmax-optimal" : "Harker 1987");
            }
            printWeights(out, p.asMap());
            printConsistency(out, p);
            if (d != null) {
                out.println("Judgments contributing most to the inconsistency:");
                for (Diagnostics.Contribution c : d.contributions().subList(0, Math.min(3, d.contributions().size()))) {
                    out.printf(Locale.ROOT, "  [%s, %s] = %s, weights imply %.3f: %.0f%% of λmax − n%n",
                            c.rowLabel(), c.columnLabel(), PairwiseMatrix.formatJudgment(c.given()), c.implied(),
                            100 * c.share());
                }
                out.println("Suggested revision" + (d.fixed() ? " (brings CR within the limit):" : " (not enough):"));
                for (Diagnostics.Revision v : d.revisions()) {
                    out.println("  " + v);
                }
            }
        }
        return r;
    }

    // ---------------------------------------------------------------- a panel on one matrix

    private Map<String, Object> panel(List<ExpertPanel.Expert> experts, ExpertPanel.Settings s, PrintWriter out) {
        ExpertPanel.Result pr = ExpertPanel.aggregate(experts, s);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", "panel");
        r.put("files", files.stream().map(Path::toString).toList());
        settings(r, s);
        r.put("n", pr.labels().size());
        r.put("weights", pr.asMap());
        if (pr.aggregatedPriorities() != null) {
            Map<String, Object> agg = new LinkedHashMap<>();
            consistency(agg, pr.aggregatedPriorities());
            r.put("aggregate", agg);
        } else {
            r.put("aggregate", null);
        }
        r.put("experts", expertReports(pr));
        if (!json) {
            out.println("ExpertPanel of " + experts.size() + " experts on " + pr.labels() + ", " + describe(s, true));
            printExperts(out, pr);
            printWeights(out, pr.asMap());
            if (pr.aggregatedPriorities() != null) {
                out.print("Aggregated matrix: ");
                printConsistency(out, pr.aggregatedPriorities());
            }
        }
        return r;
    }

    private static List<Map<String, Object>> expertReports(ExpertPanel.Result pr) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExpertPanel.ExpertReport e : pr.experts()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", e.id());
            x.put("weight", e.weight());
            x.put("included", e.included());
            x.put("completed", e.completed());
            x.put("cr", e.priorities().cr());
            x.put("consistent", e.priorities().consistent());
            x.put("weights", e.priorities().asMap());
            list.add(x);
        }
        return list;
    }

    // ---------------------------------------------------------------- the framework

    private Map<String, Object> hierarchy(ExpertPanel.Settings s, PrintWriter out) {
        Framework fw = framework == null ? Framework.standard() : Framework.load(framework);
        AhpHierarchy h = AhpHierarchy.read(fw, s, files.toArray(Path[]::new));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", "hierarchy");
        r.put("files", files.stream().map(Path::toString).toList());
        settings(r, s);
        r.put("experts", h.expertCount());
        r.put("consistent", h.consistent());
        r.put("globalWeights", h.globalWeights());
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, Double> local = h.localWeights();
        for (AhpHierarchy.Node n : h.nodes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", n.key());
            x.put("parent", n.parentKey());
            x.put("level", n.level());
            x.put("nameZh", n.nameZh());
            x.put("nameEn", n.nameEn());
            x.put("localWeight", local.get(n.key()));
            x.put("globalWeight", h.globalWeight(n.key()));
            nodes.add(x);
        }
        r.put("nodes", nodes);
        List<Map<String, Object>> matrices = new ArrayList<>();
        for (AhpHierarchy.NodeResult nr : h.nodeResults().values()) {
            if (nr.children().size() < 2) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("node", nr.key());
            x.put("n", nr.children().size());
            x.put("cr", Double.isNaN(nr.cr()) ? null : nr.cr());
            x.put("consistent", nr.priorities() == null ? null : nr.priorities().consistent());
            x.put("experts", nr.panel() == null ? null : expertReports(nr.panel()));
            matrices.add(x);
        }
        r.put("matrices", matrices);
        if (!json) {
            out.println("AHP weights of the framework " + fw.origin() + " from " + h.expertCount() + " expert(s), "
                    + describe(s, h.expertCount() > 1));
            out.printf(Locale.ROOT, "%-40s %-22s %8s %8s%n", "node", "parent", "local", "global");
            for (AhpHierarchy.Node n : h.nodes()) {
                out.printf(Locale.ROOT, "%-40s %-22s %8.4f %8.4f%n", "  ".repeat(n.level()) + n.key(),
                        n.parentKey() == null ? "" : n.parentKey(), local.get(n.key()), h.globalWeight(n.key()));
            }
            out.println("Consistency of each judged node (" + (h.expertCount() > 1
                    ? s.aggregation() == JudgmentAggregation.AIJ ? "aggregated matrix" : "per expert" : "the matrix") + "):");
            for (AhpHierarchy.NodeResult nr : h.nodeResults().values()) {
                if (nr.children().size() < 2) {
                    continue;
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-14s %d×%d", nr.key(),
                        nr.children().size(), nr.children().size()));
                if (!Double.isNaN(nr.cr())) {
                    line.append(String.format(Locale.ROOT, "  CR %.4f", nr.cr()));
                }
                if (nr.panel() != null) {
                    line.append("  experts' CR:");
                    for (ExpertPanel.ExpertReport e : nr.panel().experts()) {
                        line.append(String.format(Locale.ROOT, " %s %.3f%s", e.id(), e.priorities().cr(),
                                e.included() ? "" : " (excluded)"));
                    }
                }
                out.println(line);
            }
            out.println(h.consistent() ? "All judged nodes are acceptably consistent."
                    : "WARNING: at least one node is inconsistent; see the CRs above.");
        }
        return r;
    }

    // ---------------------------------------------------------------- formatting

    private static void settings(Map<String, Object> r, ExpertPanel.Settings s) {
        r.put("method", s.method().id());
        Map<String, Object> ri = new LinkedHashMap<>();
        ri.put("id", s.randomIndex().id());
        ri.put("label", s.randomIndex().label());
        ri.put("citation", s.randomIndex().citation());
        r.put("randomIndex", ri);
        r.put("threshold", s.threshold().id());
        r.put("aggregation", s.aggregation().id());
        r.put("excludeInconsistent", s.excludeInconsistent());
    }

    private static void consistency(Map<String, Object> r, Priorities p) {
        r.put("lambdaMax", p.lambdaMax());
        r.put("ci", p.ci());
        r.put("ri", p.ri());
        r.put("cr", p.cr());
        r.put("crLimit", p.crLimit());
        r.put("consistent", p.consistent());
    }

    private static String describe(ExpertPanel.Settings s, boolean panel) {
        return "method " + s.method().id() + ", RI " + s.randomIndex().label() + ", CR limit " + s.threshold().id()
                + (panel ? ", aggregation " + s.aggregation().id()
                + (s.excludeInconsistent() ? ", inconsistent experts excluded" : "") : "");
    }

    private static void printWeights(PrintWriter out, Map<String, Double> w) {
        int width = Math.max(8, w.keySet().stream().mapToInt(String::length).max().orElse(8));
        for (Map.Entry<String, Double> e : w.entrySet()) {
            out.printf(Locale.ROOT, "  %-" + width + "s %.4f%n", e.getKey(), e.getValue());
        }
    }

    private static void printConsistency(PrintWriter out, Priorities p) {
        out.printf(Locale.ROOT, "λmax = %.4f, CI = %.4f, RI = %.4f, CR = %.4f (%s %.2f: %s)%n", p.lambdaMax(),
                p.ci(), p.ri(), p.cr(), p.consistent() ? "≤" : ">", p.crLimit(),
                p.size() <= 2 ? "consistent by definition" : p.consistent() ? "acceptable" : "INCONSISTENT");
    }

    private static void printExperts(PrintWriter out, ExpertPanel.Result pr) {
        for (ExpertPanel.ExpertReport e : pr.experts()) {
            out.printf(Locale.ROOT, "  expert %-16s CR %.4f %s weight %.3f%s%n", e.id(), e.priorities().cr(),
                    e.priorities().consistent() ? "ok          " : "INCONSISTENT", e.weight(),
                    e.included() ? "" : " (excluded)");
        }
    }
}
