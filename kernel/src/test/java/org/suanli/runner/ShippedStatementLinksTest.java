package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

/**
 * Every checkable statement of the book is shown by a cell of the committed notebooks, so the reviewer's scorecard page
 * links each row to the cell that shows it (issue 15): the ids of {@code data/blue_book_2024_facts.json} and
 * {@code data/capacity_statements.json}, linked over the shipped notebooks as the report links them, and each linked
 * cell's output really contains the id it is linked for.
 */
class ShippedStatementLinksTest {

    private static List<String> ids(Path file) throws Exception {
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file)) {
            root = JsonParser.parseReader(in);
        }
        List<String> ids = new ArrayList<>();
        JsonElement list = root.isJsonArray() ? root : root.getAsJsonObject().get("facts");
        for (JsonElement s : list.getAsJsonArray()) {
            ids.add(s.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }

    @Test
    void everyStatementOfTheBookIsLinkedToACellThatShowsIt() throws Exception {
        Path root = ProjectFolder.root();
        List<String> ids = new ArrayList<>(ids(root.resolve("data/blue_book_2024_facts.json")));
        ids.addAll(ids(root.resolve("data/capacity_statements.json")));
        assertTrue(ids.size() > 100, "the statements were read: " + ids.size());
        List<StatementLinks.Page> pages = new ArrayList<>();
        for (Path nb : ProjectFolder.shippedNotebooks()) {
            String name = nb.getFileName().toString();
            pages.add(new StatementLinks.Page(name, name.replace(".ipynb", ".html"), Notebook.read(nb)));
        }
        Map<String, StatementLinks.Link> links = StatementLinks.find(ids, pages);
        List<String> missing = ids.stream().filter(id -> !links.containsKey(id)).toList();
        assertEquals(List.of(), missing, "statements no shipped notebook shows; " + links.size() + " of " + ids.size()
                + " are linked");
        List<String> notShown = new ArrayList<>();
        for (String id : ids) {
            StatementLinks.Link link = links.get(id);
            Notebook nb = pages.stream().filter(p -> p.notebook().equals(link.notebook())).findFirst().orElseThrow()
                    .executed();
            Cell cell = nb.cells().stream().filter(c -> c.number() == link.cell()).findFirst().orElseThrow();
            if (!StatementLinks.outputText(cell).contains(id)) {
                notShown.add(id + " → " + link.notebook() + " cell " + link.cell());
            }
        }
        assertEquals(List.of(), notShown, "linked cells whose output does not show the statement's id");
    }
}
