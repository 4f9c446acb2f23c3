package org.suanli.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

/**
 * Notebook parameters, after papermill's convention: the cell tagged {@code parameters} holds the defaults
 * as Java declarations ({@code int year = 2023;}), and each {@code -p NAME VALUE} becomes a declaration in a
 * new cell tagged {@code injected-parameters} right after it, of the type the default declares. JShell lets
 * the later declaration replace the earlier one, so the rest of the notebook sees the given value.
 *
 * <p>papermill has no Java translator; here the value's type comes from the default, so that {@code -p year
 * 2022} is an {@code int} and {@code -p file data.csv} is a {@code String}, and a value that does not fit
 * its type is refused before anything runs.
 */
public final class Parameters {

    /** The types a parameter may have: the Java literals a command line can carry. */
    public enum Type { INT, LONG, DOUBLE, FLOAT, BOOLEAN, STRING }

    /** One default found in the parameters cell. */
    public record Declaration(String name, Type type, String javaType, String defaultLiteral) {
    }

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:final\\s+)?(int|long|double|float|boolean|String|Integer|Long|Double|Float|Boolean|var)\\s+"
                    + "([A-Za-z_$][A-Za-z0-9_$]*)\\s*=\\s*(.+?)\\s*;\\s*(?://.*)?$");

    private Parameters() {
    }

    /** The defaults declared in a parameters cell, in order; declarations of other types are left out. */
    public static List<Declaration> declarations(String source) {
        List<Declaration> found = new ArrayList<>();
        for (String line : source.split("\\R")) {
            Matcher m = DECLARATION.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String javaType = m.group(1);
            String literal = m.group(3);
            Type type = "var".equals(javaType) ? typeOfLiteral(literal) : typeOfName(javaType);
            if (type != null) {
                found.add(new Declaration(m.group(2), type, "var".equals(javaType) ? javaName(type) : javaType,
                        literal));
            }
        }
        return found;
    }

    private static Type typeOfName(String javaType) {
        return switch (javaType) {
            case "int", "Integer" -> Type.INT;
            case "long", "Long" -> Type.LONG;
            case "double", "Double" -> Type.DOUBLE;
            case "float", "Float" -> Type.FLOAT;
            case "boolean", "Boolean" -> Type.BOOLEAN;
            case "String" -> Type.STRING;
            default -> null;
        };
    }

    private static Type typeOfLiteral(String literal) {
        if (literal.startsWith("\"")) {
            return Type.STRING;
        } else if (literal.equals("true") || literal.equals("false")) {
            return Type.BOOLEAN;
        } else if (literal.matches("-?[0-9_]+[lL]")) {
            return Type.LONG;
        } else if (literal.matches("-?[0-9_]+")) {
            return Type.INT;
        } else if (literal.matches("-?[0-9_.eE+-]+[fF]")) {
            return Type.FLOAT;
        } else if (literal.matches("-?[0-9_.eE+-]+[dD]?")) {
            return Type.DOUBLE;
        }
        return null;
    }

    private static String javaName(Type type) {
        return switch (type) {
            case INT -> "int";
            case LONG -> "long";
            case DOUBLE -> "double";
            case FLOAT -> "float";
            case BOOLEAN -> "boolean";
            case STRING -> "String";
        };
    }

    /**
     * Inserts the injected-parameters cell into {@code notebook} and records the values in
     * {@code metadata.suanli.parameters}. Does nothing when {@code values} is empty.
     *
     * @throws NotebookException when the notebook has no parameters cell, a name is unknown, or a value does
     *                           not fit its type; nothing has been changed then
     */
    public static void inject(Notebook notebook, Map<String, String> values) throws NotebookException {
        if (values.isEmpty()) {
            return;
        }
        String origin = notebook.origin();
        Cell parametersCell = null;
        for (Cell cell : notebook.cells()) {
            if (cell.hasTag(Cell.TAG_PARAMETERS)) {
                parametersCell = cell;
                break;
            }
        }
        if (parametersCell == null) {
            throw new NotebookException(origin + ": -p was given, but the notebook has no cell tagged \""
                    + Cell.TAG_PARAMETERS + "\". Tag the cell that declares the defaults (for example "
                    + "int year = 2023;) with \"parameters\" (JupyterLab: the property inspector; Notebook: "
                    + "View > Cell Toolbar > Tags).");
        }
        Map<String, Declaration> declared = new LinkedHashMap<>();
        for (Declaration declaration : declarations(parametersCell.source())) {
            declared.put(declaration.name(), declaration);
        }
        StringBuilder source = new StringBuilder("// Injected by suanli run -p: these values replace the defaults above.\n");
        JsonObject recorded = new JsonObject();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String name = entry.getKey();
            Declaration declaration = declared.get(name);
            if (declaration == null) {
                throw new NotebookException(origin + ": has no parameter \"" + name + "\"" + suggestion(name,
                        declared.keySet()) + ". Its cell tagged parameters (cell " + parametersCell.number()
                        + ") declares " + (declared.isEmpty() ? "no int, long, double, float, boolean or String "
                        + "variables" : String.join(", ", declared.keySet())) + ".");
            }
            String literal = literal(origin, declaration, entry.getValue());
            source.append(declaration.javaType()).append(' ').append(name).append(" = ").append(literal).append(";\n");
            switch (declaration.type()) {
                case INT, LONG -> recorded.addProperty(name, Long.parseLong(entry.getValue().strip().replaceFirst("[lL]$", "")));
                case DOUBLE, FLOAT -> recorded.addProperty(name, Double.parseDouble(entry.getValue().strip()));
                case BOOLEAN -> recorded.addProperty(name, Boolean.parseBoolean(entry.getValue().strip()));
                case STRING -> recorded.addProperty(name, entry.getValue());
            }
        }
        List<Integer> stale = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
            if (cell.hasTag(Cell.TAG_INJECTED)) {
                stale.add(cell.number());
            }
        }
        notebook.removeCells(Set.copyOf(stale));
        int after = parametersCell.number();
        for (int number : stale) {
            if (number < parametersCell.number()) {
                after--;
            }
        }
        String id = parametersCell.id() + "-injected";
        if (id.length() > 64) {
            id = id.substring(id.length() - 64);
        }
        notebook.insertCell(after, "code", id, source.toString().stripTrailing(), List.of(Cell.TAG_INJECTED));
        JsonObject suanli = notebook.metadata().has("suanli") && notebook.metadata().get("suanli").isJsonObject()
                ? notebook.metadata().getAsJsonObject("suanli") : new JsonObject();
        suanli.add("parameters", recorded);
        notebook.metadata().add("suanli", suanli);
    }

    /** The names the notebook's cell tagged parameters declares; empty when it has none. */
    static Set<String> declaredNames(Notebook notebook) {
        Set<String> names = new LinkedHashSet<>();
        for (Cell cell : notebook.cells()) {
            if (cell.hasTag(Cell.TAG_PARAMETERS)) {
                declarations(cell.source()).forEach(d -> names.add(d.name()));
                break;
            }
        }
        return names;
    }

    /**
     * The values one notebook of a several-notebook run receives: those it declares, and any that no notebook of
     * the run declares (so that {@link #inject} refuses a misspelt name with its suggestion). {@code -p year 2022
     * -p override mine.csv} then runs a folder whose notebooks use one or both.
     */
    static Map<String, String> applicable(Set<String> declaredHere, Set<String> declaredAnywhere,
                                          Map<String, String> values) {
        Map<String, String> mine = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (declaredHere.contains(name) || !declaredAnywhere.contains(name)) {
                mine.put(name, value);
            }
        });
        return mine;
    }

    /** The Java literal for a command-line value, checked against the parameter's type. */
    static String literal(String origin, Declaration declaration, String raw) throws NotebookException {
        String value = raw.strip();
        String problem = origin + ": parameter \"" + declaration.name() + "\" is " + article(declaration.javaType())
                + " (its default is " + declaration.defaultLiteral() + "), so \"" + raw + "\" does not fit";
        try {
            switch (declaration.type()) {
                case INT:
                    return Integer.toString(Integer.parseInt(value));
                case LONG:
                    return Long.parseLong(value.replaceFirst("[lL]$", "")) + "L";
                case DOUBLE: {
                    double d = Double.parseDouble(value);
                    if (!Double.isFinite(d)) {
                        throw new NotebookException(problem + ": give a finite number.");
                    }
                    return Double.toString(d);
                }
                case FLOAT: {
                    float f = Float.parseFloat(value);
                    if (!Float.isFinite(f)) {
                        throw new NotebookException(problem + ": give a finite number.");
                    }
                    return Float.toString(f) + "f";
                }
                case BOOLEAN:
                    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                        return value.toLowerCase(Locale.ROOT);
                    }
                    throw new NotebookException(problem + ": give true or false.");
                case STRING:
                default:
                    return javaString(raw);
            }
        } catch (NumberFormatException e) {
            throw new NotebookException(problem + ": give " + (declaration.type() == Type.INT
                    || declaration.type() == Type.LONG ? "a whole number" : "a number") + ".");
        }
    }

    private static String article(String javaType) {
        return ("aeiouAEIOU".indexOf(javaType.charAt(0)) >= 0 ? "an " : "a ") + javaType;
    }

    /** A Java string literal for any text, Chinese included. */
    static String javaString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String suggestion(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean \"" + best + "\"?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
