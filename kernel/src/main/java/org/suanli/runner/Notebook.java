package org.suanli.runner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * A Jupyter notebook (nbformat 4) held as its JSON, so that a run changes only what it must: outputs,
 * execution counts, and the kernel metadata.
 *
 * <p>Reading is strict and explains every problem with the file, the cell and what to do; a notebook that
 * cannot be read is never written back. Writing produces nbformat 4.5 exactly as Jupyter writes it.
 */
public final class Notebook {

    /** The kernelspec every executed notebook carries, as the kernel registers itself with Jupyter. */
    public static final String KERNEL_NAME = "suanli";
    public static final String KERNEL_DISPLAY_NAME = "Java (Suanli)";

    private static final Pattern CELL_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Set<String> CELL_TYPES = Set.of("code", "markdown", "raw");

    private final JsonObject root;
    private final String origin;

    private Notebook(JsonObject root, String origin) {
        this.root = root;
        this.origin = origin;
    }

    /** Reads and checks a notebook file. */
    public static Notebook read(Path path) throws NotebookException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new NotebookException(path + ": no such notebook. Check the path (run from the project folder, "
                    + "or give the path of an .ipynb file or of a folder of them).");
        } catch (IOException e) {
            throw new NotebookException(path + ": cannot read the notebook: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotebookException(path + ": is not UTF-8 text, so it is not a notebook (Jupyter writes "
                    + "notebooks in UTF-8). Was it saved by another program? The file was left untouched.");
        }
        return parse(text, path.toString());
    }

    /** Parses notebook JSON; {@code origin} names it in error messages. */
    public static Notebook parse(String json, String origin) throws NotebookException {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        if (json.isBlank()) {
            throw new NotebookException(origin + ": the file is empty, so it is not a notebook. "
                    + "Restore it from version control, or delete it. The file was left untouched.");
        }
        JsonElement element;
        try {
            element = JupyterJson.parse(json);
        } catch (JsonParseException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage()
                    .replaceAll("\\s*See https?://\\S+", "").replaceAll("^.*?Exception: ", "");
            throw new NotebookException(origin + ": is not valid JSON (" + detail + "). The file may be "
                    + "truncated or damaged, for example by a merge conflict; restore it from version control. "
                    + "The file was left untouched.", e);
        }
        if (!element.isJsonObject()) {
            throw new NotebookException(origin + ": is JSON but not a notebook (the top level must be an object "
                    + "with \"cells\", \"metadata\", \"nbformat\" and \"nbformat_minor\").");
        }
        JsonObject root = element.getAsJsonObject();
        Notebook notebook = new Notebook(root, origin);
        notebook.check();
        notebook.normalise();
        return notebook;
    }

    private void check() throws NotebookException {
        JsonElement format = root.get("nbformat");
        if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isNumber()) {
            throw new NotebookException(origin + ": has no \"nbformat\" number, so it is not a Jupyter notebook.");
        }
        if (format.getAsInt() != 4) {
            throw new NotebookException(origin + ": is nbformat " + format.getAsInt() + "; only nbformat 4 is "
                    + "supported. Open and save it in a current Jupyter to convert it.");
        }
        JsonElement cells = root.get("cells");
        if (cells == null || !cells.isJsonArray()) {
            throw new NotebookException(origin + ": has no \"cells\" list, so it is not a Jupyter notebook.");
        }
        int number = 0;
        for (JsonElement cell : cells.getAsJsonArray()) {
            number++;
            if (!cell.isJsonObject()) {
                throw new NotebookException(origin + ": cell " + number + " is not a JSON object.");
            }
            JsonObject object = cell.getAsJsonObject();
            JsonElement type = object.get("cell_type");
            if (type == null || !type.isJsonPrimitive() || !CELL_TYPES.contains(type.getAsString())) {
                throw new NotebookException(origin + ": cell " + number + " has cell_type "
                        + (type == null ? "(none)" : type) + "; it must be \"code\", \"markdown\" or \"raw\".");
            }
            JsonElement source = object.get("source");
            if (!isMultilineString(source)) {
                throw new NotebookException(origin + ": cell " + number + " has no \"source\" text (it must be a "
                        + "string or a list of strings).");
            }
            JsonElement outputs = object.get("outputs");
            if (outputs != null && !outputs.isJsonArray()) {
                throw new NotebookException(origin + ": cell " + number + " has \"outputs\" that is not a list.");
            }
            if (outputs != null) {
                for (JsonElement output : outputs.getAsJsonArray()) {
                    if (!output.isJsonObject() || !output.getAsJsonObject().has("output_type")) {
                        throw new NotebookException(origin + ": cell " + number + " has an output without "
                                + "\"output_type\".");
                    }
                }
            }
        }
        JsonElement metadata = root.get("metadata");
        if (metadata != null && !metadata.isJsonObject()) {
            throw new NotebookException(origin + ": \"metadata\" must be a JSON object.");
        }
    }

    private static boolean isMultilineString(JsonElement element) {
        if (element == null) {
            return false;
        }
        if (element.isJsonPrimitive()) {
            return element.getAsJsonPrimitive().isString();
        }
        if (element.isJsonArray()) {
            for (JsonElement line : element.getAsJsonArray()) {
                if (!line.isJsonPrimitive() || !line.getAsJsonPrimitive().isString()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Brings the JSON to the stored form of nbformat 4.5, as Jupyter would on save. */
    private void normalise() {
        root.addProperty("nbformat", 4);
        root.addProperty("nbformat_minor", 5);
        if (!root.has("metadata")) {
            root.add("metadata", new JsonObject());
        }
        Set<String> seen = new HashSet<>();
        for (Cell cell : cells()) {
            JsonObject json = cell.json();
            cell.setSource(cell.source());
            cell.metadata();
            String id = cell.id();
            if (id == null || !CELL_ID.matcher(id).matches() || !seen.add(id)) {
                id = freshId(cell, seen);
                seen.add(id);
                cell.setId(id);
            }
            if (cell.isCode()) {
                if (!json.has("execution_count")) {
                    cell.setExecutionCount(null);
                }
                JsonArray outputs = new JsonArray();
                for (JsonObject output : cell.outputs()) {
                    outputs.add(Outputs.normalise(output));
                }
                cell.setOutputs(outputs);
            } else {
                json.remove("outputs");
                json.remove("execution_count");
            }
        }
    }

    /** A new cell id: derived from the cell's position and text, so that re-runs give the same ids. */
    private static String freshId(Cell cell, Set<String> taken) {
        int salt = 0;
        while (true) {
            int hash = (cell.number() + ":" + salt + ":" + cell.source()).hashCode();
            String id = String.format(Locale.ROOT, "%08x", hash);
            if (!taken.contains(id)) {
                return id;
            }
            salt++;
        }
    }

    /** Where the notebook came from, for messages (usually its path). */
    public String origin() {
        return origin;
    }

    /** The cells, numbered from 1. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (JsonElement cell : root.getAsJsonArray("cells")) {
            cells.add(new Cell(cell.getAsJsonObject(), ++number));
        }
        return cells;
    }

    public JsonObject metadata() {
        return root.getAsJsonObject("metadata");
    }

    /** Inserts a new cell after position {@code afterNumber} (0 puts it first) and returns it. */
    Cell insertCell(int afterNumber, String type, String id, String source, List<String> tags) {
        JsonObject json = new JsonObject();
        json.addProperty("cell_type", type);
        json.addProperty("id", id);
        JsonObject metadata = new JsonObject();
        JsonArray tagArray = new JsonArray();
        tags.forEach(tagArray::add);
        metadata.add("tags", tagArray);
        json.add("metadata", metadata);
        json.add("source", JupyterJson.lines(source));
        if ("code".equals(type)) {
            json.add("execution_count", JsonNull.INSTANCE);
            json.add("outputs", new JsonArray());
        }
        JsonArray cells = root.getAsJsonArray("cells");
        JsonArray updated = new JsonArray();
        for (int i = 0; i < cells.size(); i++) {
            if (i == afterNumber) {
                updated.add(json);
            }
            updated.add(cells.get(i));
        }
        if (afterNumber >= cells.size()) {
            updated.add(json);
        }
        root.add("cells", updated);
        return cells().get(Math.min(afterNumber, cells.size()));
    }

    /** Removes the cells with these positions. */
    void removeCells(Set<Integer> numbers) {
        JsonArray cells = root.getAsJsonArray("cells");
        JsonArray kept = new JsonArray();
        for (int i = 0; i < cells.size(); i++) {
            if (!numbers.contains(i + 1)) {
                kept.add(cells.get(i));
            }
        }
        root.add("cells", kept);
    }

    /** Records the kernel that executed the notebook, as Jupyter does. */
    void setKernel(JsonObject languageInfo) {
        JsonObject kernelspec = new JsonObject();
        kernelspec.addProperty("display_name", KERNEL_DISPLAY_NAME);
        kernelspec.addProperty("language", "java");
        kernelspec.addProperty("name", KERNEL_NAME);
        metadata().add("kernelspec", kernelspec);
        if (languageInfo != null) {
            metadata().add("language_info", languageInfo.deepCopy());
        }
    }

    /** An independent copy (the runner executes copies, so that the source stays as it was). */
    public Notebook copy() {
        return new Notebook(root.deepCopy(), origin);
    }

    /** The notebook as Jupyter writes it. */
    public String toJson() {
        return JupyterJson.write(root);
    }

    JsonObject json() {
        return root;
    }

    /** Writes the notebook atomically: to a temporary file beside the target, then moved over it. */
    public void write(Path target) throws IOException {
        writeAtomically(target, toJson());
    }

    /** Writes text as UTF-8 through a temporary file in the same folder and an atomic move. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            // The temporary file is private; the result keeps the target's permissions, or rw-r--r-- when new.
            if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temporary, Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
