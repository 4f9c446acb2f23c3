package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official nbformat 4.5 JSON schema, read from Debian's python3-nbformat at test time (it is Jupyter's
 * file and is not copied into this repository). SUANLI_NBFORMAT_SCHEMA overrides the location.
 */
final class NbformatSchema {

    static final Path DEFAULT = Path.of("/usr/lib/python3/dist-packages/nbformat/v4/nbformat.v4.5.schema.json");
    private static JsonSchema schema;

    private NbformatSchema() {
    }

    static synchronized JsonSchema schema() {
        if (schema == null) {
            String override = System.getenv("SUANLI_NBFORMAT_SCHEMA");
            Path path = override == null || override.isBlank() ? DEFAULT : Path.of(override);
            if (!Files.isRegularFile(path)) {
                fail("The nbformat 4.5 schema is not at " + path + ". Install Debian's python3-nbformat "
                        + "(apt-get install python3-nbformat; .ci/run does) or set SUANLI_NBFORMAT_SCHEMA.");
            }
            try {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(Files.readString(path, StandardCharsets.UTF_8), InputFormat.JSON);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + path, e);
            }
        }
        return schema;
    }

    /** The schema's complaints about a notebook's JSON; empty when valid. */
    static Set<String> problems(String json) {
        return schema().validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Valid nbformat 4.5, plus what the schema cannot say: unique cell ids and no transient keys. */
    static void assertValid(String json) {
        Set<String> problems = problems(json);
        assertTrue(problems.isEmpty(), "not valid nbformat 4.5: " + problems);
        JsonObject root = JupyterJson.parse(json).getAsJsonObject();
        Set<String> ids = new HashSet<>();
        for (JsonElement cell : root.getAsJsonArray("cells")) {
            String id = cell.getAsJsonObject().get("id").getAsString();
            assertTrue(ids.add(id), "cell id " + id + " is not unique");
        }
        assertTrue(!json.contains("\"transient\""), "an output carries a transient key");
        assertTrue(root.get("nbformat").getAsInt() == 4 && root.get("nbformat_minor").getAsInt() == 5);
    }
}
