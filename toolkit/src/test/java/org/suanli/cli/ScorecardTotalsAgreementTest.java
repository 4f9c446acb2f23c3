package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.data.DataFiles;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardTotals;
import org.suanli.scorecard.StatementBasis;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

import picocli.CommandLine;

/**
 * Every page prints the same totals: the CLI's text and JSON, the API, and the committed outputs of notebooks 01, 04
 * and 05 (their cell {@code scorecard-totals}) come from one {@link BlueBookAnalysis#totalsText} computation.
 */
class ScorecardTotalsAgreementTest {

    private static final BlueBookAnalysis ANALYSIS = BlueBookAnalysis.run(DataFiles.indicators(), DataFiles.economy());
    private static final Scorecard CARD = ANALYSIS.scorecard(BlueBookAnalysis.statements(Statements.standard()));

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new ScorecardCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute(args);
        return out.toString();
    }

    @Test
    void theCliTextEndsWithTheApisTotals() {
        String text = cli();
        assertTrue(text.endsWith(ANALYSIS.totalsText(CARD)), text.substring(Math.max(0, text.length() - 1200)));
    }

    @Test
    void theCliJsonCountsAgreeWithTheApiAndEveryStatementHasABasis() {
        Map<StatementBasis, Map<Status, Integer>> counts = new EnumMap<>(StatementBasis.class);
        int n = 0;
        for (JsonElement e : JsonParser.parseString(cli("--json")).getAsJsonObject().getAsJsonArray("statements")) {
            JsonObject o = e.getAsJsonObject();
            assertTrue(o.has("basis"), o.get("id").getAsString());
            StatementBasis b = StatementBasis.valueOf(o.get("basis").getAsString().toUpperCase(java.util.Locale.ROOT));
            Status s = Status.valueOf(o.get("status").getAsString().toUpperCase(java.util.Locale.ROOT));
            counts.computeIfAbsent(b, k -> new EnumMap<>(Status.class)).merge(s, 1, Integer::sum);
            n++;
        }
        assertEquals(CARD.totals(), new ScorecardTotals(counts));
        assertEquals(CARD.entries().size(), n);
    }

    @Test
    void notebooksPrintTheSameTotals() throws Exception {
        String live = ANALYSIS.totalsText(CARD);
        for (String nb : new String[] {"01-data.ipynb", "04-index.ipynb", "05-economy.ipynb"}) {
            Path file = DataFiles.dir().getParent().resolve("notebooks").resolve(nb);
            JsonObject doc = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            String printed = null;
            for (JsonElement c : doc.getAsJsonArray("cells")) {
                JsonObject cell = c.getAsJsonObject();
                if (cell.has("id") && cell.get("id").getAsString().equals("scorecard-totals")) {
                    StringBuilder b = new StringBuilder();
                    for (JsonElement o : cell.getAsJsonArray("outputs")) {
                        JsonObject out = o.getAsJsonObject();
                        if (out.has("text")) {
                            out.getAsJsonArray("text").forEach(t -> b.append(t.getAsString()));
                        }
                    }
                    printed = b.toString();
                }
            }
            assertTrue(printed != null, nb + " has no cell with id scorecard-totals");
            assertTrue(printed.contains(live), nb + " prints other totals than the live scorecard; re-run it with "
                    + "./suanli run notebooks/" + nb + " --inplace\nprinted:\n" + printed + "\nlive:\n" + live);
        }
    }
}
