package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final String DEFAULTS = """
            int year = 2023;                  // the blue book's year
            long seed = 42L;
            double weight = 0.25;
            boolean strict = false;
            String dataFile = "data/indicators.csv";
            var region = "华东";
            List<String> notAParameter = List.of("a");
            """;

    @Test
    void readsTheDefaultsAndTheirTypes() {
        List<Parameters.Declaration> found = Parameters.declarations(DEFAULTS);
        assertEquals(List.of("year", "seed", "weight", "strict", "dataFile", "region"),
                found.stream().map(Parameters.Declaration::name).toList());
        assertEquals(List.of(Parameters.Type.INT, Parameters.Type.LONG, Parameters.Type.DOUBLE, Parameters.Type.BOOLEAN,
                Parameters.Type.STRING, Parameters.Type.STRING), found.stream().map(Parameters.Declaration::type).toList());
    }

    @Test
    void injectsATypedCellAfterTheParametersCellAndRecordsTheValues() throws Exception {
        Notebook notebook = ScriptedRunTest.parse(cell("md:# Title"), cell(DEFAULTS, "parameters"), cell("print x"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", "2022");
        values.put("seed", "7");
        values.put("weight", "1");
        values.put("strict", "TRUE");
        values.put("dataFile", "C:\\数据\\\"new\".csv");
        values.put("region", "西部");
        Parameters.inject(notebook, values);
        List<Cell> cells = notebook.cells();
        assertEquals(4, cells.size());
        Cell injected = cells.get(2);
        assertTrue(injected.hasTag(Cell.TAG_INJECTED));
        assertEquals("""
                // Injected by suanli run -p: these values replace the defaults above.
                int year = 2022;
                long seed = 7L;
                double weight = 1.0;
                boolean strict = true;
                String dataFile = "C:\\\\数据\\\\\\"new\\".csv";
                String region = "西部";""", injected.source());
        JsonObject recorded = notebook.metadata().getAsJsonObject("suanli").getAsJsonObject("parameters");
        assertEquals(2022, recorded.get("year").getAsInt());
        assertEquals(1.0, recorded.get("weight").getAsDouble());
        assertEquals(true, recorded.get("strict").getAsBoolean());
        assertEquals("西部", recorded.get("region").getAsString());

        // running again replaces the injected cell rather than adding another
        Parameters.inject(notebook, Map.of("year", "2021"));
        assertEquals(4, notebook.cells().size());
        assertTrue(notebook.cells().get(2).source().contains("int year = 2021;"));
        assertEquals(2021, notebook.metadata().getAsJsonObject("suanli").getAsJsonObject("parameters").get("year").getAsInt());
    }

    @Test
    void refusesWhatDoesNotFit() throws Exception {
        Notebook notebook = ScriptedRunTest.parse(cell(DEFAULTS, "parameters"));
        String typo = assertThrows(NotebookException.class, () -> Parameters.inject(notebook, Map.of("yaer", "2022")))
                .getMessage();
        assertTrue(typo.contains("no parameter \"yaer\"") && typo.contains("did you mean \"year\"?"), typo);
        String notInt = assertThrows(NotebookException.class, () -> Parameters.inject(notebook, Map.of("year", "2022.5")))
                .getMessage();
        assertTrue(notInt.contains("parameter \"year\" is an int (its default is 2023)") && notInt.contains("whole number"),
                notInt);
        assertTrue(assertThrows(NotebookException.class, () -> Parameters.inject(notebook, Map.of("strict", "yes")))
                .getMessage().contains("true or false"));
        assertTrue(assertThrows(NotebookException.class, () -> Parameters.inject(notebook, Map.of("weight", "NaN")))
                .getMessage().contains("finite"));
        assertTrue(assertThrows(NotebookException.class, () -> Parameters.inject(notebook,
                Map.of("notAParameter", "x"))).getMessage().contains("no parameter"));
        assertEquals(1, notebook.cells().size(), "nothing was changed");

        Notebook untagged = ScriptedRunTest.parse(cell(DEFAULTS));
        assertTrue(assertThrows(NotebookException.class, () -> Parameters.inject(untagged, Map.of("year", "1")))
                .getMessage().contains("no cell tagged \"parameters\""));
    }
}
