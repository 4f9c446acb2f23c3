package org.suanli.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The magics: lines starting with {@code %} (line magics, anywhere a statement may start) and a first line
 * starting with {@code %%} (cell magics, applying to the rest of the cell). They do what Java code cannot do
 * from inside a cell: change the class path, run a file, time or reinterpret the whole cell.
 */
final class Magics {

    static final List<String> LINE = List.of("classpath", "jars", "maven", "load", "lsmagic");
    static final List<String> CELL = List.of("time", "html", "markdown", "latex");

    private final JShellInterpreter interpreter;
    private final MavenResolver maven = new MavenResolver();

    Magics(JShellInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        LINE.forEach(n -> out.add("%" + n));
        CELL.forEach(n -> out.add("%%" + n));
        return out;
    }

    boolean isLineMagic(String name) {
        return LINE.contains(name);
    }

    boolean isCellMagic(String name) {
        return CELL.contains(name);
    }

    void run(Segment seg, JShellInterpreter.Session s, CellSource src, CellRun run, JShellInterpreter.Outcome outcome)
            throws MagicException, IOException {
        String name = seg.magicName();
        String args = seg.magicArgs();
        if (seg.kind() == Segment.Kind.CELL_MAGIC) {
            switch (name) {
                case "time" -> time(seg, s, src, run, outcome);
                case "html" -> run.display(new MarkupRenderer().render(new Html(seg.body()), Set.of()));
                case "markdown" -> run.display(new MarkupRenderer().render(new Markdown(seg.body()), Set.of()));
                case "latex" -> run.display(new MarkupRenderer().render(new Latex(seg.body()), Set.of()));
                default -> throw unknown("%%" + name);
            }
            return;
        }
        switch (name) {
            case "classpath" -> classpath(args, s);
            case "jars" -> jars(args, s);
            case "maven" -> maven(args, s);
            case "load" -> load(args, s, run, outcome);
            case "lsmagic" -> System.out.println(lsmagic());
            default -> throw unknown("%" + name);
        }
    }

    private MagicException unknown(String magic) {
        if (magic.equals("%") || magic.equals("%%")) {
            return new MagicException("a magic needs a name after '" + magic + "'; " + available());
        }
        String hint = "";
        if (CELL.contains(magic.replaceFirst("^%+", "")) && !magic.startsWith("%%")) {
            hint = " (" + magic + " is a cell magic: write %" + magic + " on the first line of the cell)";
        } else if (LINE.contains(magic.replaceFirst("^%+", "")) && magic.startsWith("%%")) {
            hint = " (" + magic.substring(1) + " is a line magic: write it with one %)";
        }
        return new MagicException("unknown magic " + magic + hint + "; " + available());
    }

    private static String available() {
        return "the magics are %" + String.join(", %", LINE) + ", %%" + String.join(", %%", CELL) + " (see %lsmagic)";
    }

    static String lsmagic() {
        return String.join("\n",
                "Line magics (a line of their own, where a statement could start):",
                "  %classpath add PATH[" + File.pathSeparator + "PATH…]  add jars or class directories",
                "  %jars GLOB…                add the jars matching a glob, e.g. %jars lib/*.jar",
                "  %maven G:A:V…              add a Maven artifact and its runtime dependencies (from ~/.m2 or Maven Central)",
                "  %load FILE.jsh             run a file of JShell code here",
                "  %lsmagic                   this list",
                "Cell magics (the first line of a cell):",
                "  %%time                     run the cell and print its wall-clock time",
                "  %%html                     show the cell as HTML",
                "  %%markdown                 show the cell as Markdown",
                "  %%latex                    show the cell as LaTeX");
    }

    private void time(Segment seg, JShellInterpreter.Session s, CellSource src, CellRun run, JShellInterpreter.Outcome outcome) {
        if (!seg.magicArgs().isEmpty()) {
            // "%%time x = f()" style: the rest of the first line is code too.
            String code = seg.magicArgs() + "\n" + seg.body();
            long t0 = System.nanoTime();
            interpreter.runSource(s, new CellSource(src.label(), code), 0, code, run, outcome);
            System.out.println("Wall time: " + formatNanos(System.nanoTime() - t0));
            return;
        }
        long t0 = System.nanoTime();
        interpreter.runSource(s, src, seg.bodyOffset(), seg.body(), run, outcome);
        System.out.println("Wall time: " + formatNanos(System.nanoTime() - t0));
    }

    static String formatNanos(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    private void classpath(String args, JShellInterpreter.Session s) throws MagicException {
        if (args.isEmpty()) {
            List<String> added = List.copyOf(s.control().loader().addedEntries());
            System.out.println(added.isEmpty() ? "Nothing added to the class path yet." : String.join("\n", added));
            return;
        }
        String[] parts = args.split("\\s+", 2);
        if (!parts[0].equals("add") || parts.length < 2) {
            throw new MagicException("write %classpath add PATH (a jar or a class directory; several separated by '"
                    + File.pathSeparator + "')");
        }
        List<Path> paths = new ArrayList<>();
        for (String p : unquote(parts[1]).split(File.pathSeparator)) {
            if (p.isBlank()) {
                continue;
            }
            Path path = resolve(p.strip());
            if (!Files.exists(path)) {
                throw new MagicException(path + " does not exist; %classpath add needs an existing jar or directory");
            }
            paths.add(path);
        }
        report(interpreter.addToClassPath(s, paths), paths.size());
    }

    private void jars(String args, JShellInterpreter.Session s) throws MagicException, IOException {
        if (args.isEmpty()) {
            throw new MagicException("write %jars GLOB, e.g. %jars lib/*.jar");
        }
        List<Path> found = new ArrayList<>();
        for (String glob : args.split("\\s+")) {
            List<Path> hits = glob(unquote(glob));
            if (hits.isEmpty()) {
                throw new MagicException("no jar matches " + glob + " (relative to " + interpreter.workingDirectory() + ")");
            }
            found.addAll(hits);
        }
        report(interpreter.addToClassPath(s, found), found.size());
    }

    /** Jars matching {@code glob}: the part before the first wildcard is the directory to search. */
    List<Path> glob(String glob) throws IOException {
        String g = glob.replace('\\', '/');
        int wild = indexOfWildcard(g);
        if (wild < 0) {
            Path p = resolve(glob);
            return Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        int slash = g.lastIndexOf('/', wild);
        Path dir = resolve(slash < 0 ? "." : g.substring(0, slash + 1));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String pattern = slash < 0 ? g : g.substring(slash + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
        try (Stream<Path> st = Files.walk(dir, depth)) {
            return st.filter(Files::isRegularFile)
                    .filter(p -> m.matches(dir.relativize(p)))
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        }
    }

    private static int indexOfWildcard(String g) {
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }

    private void maven(String args, JShellInterpreter.Session s) throws MagicException {
        if (args.isEmpty()) {
            throw new MagicException("write %maven groupId:artifactId:version, e.g. %maven org.apache.commons:commons-math3:3.6.1");
        }
        List<String> coords = List.of(args.split("[\\s,]+"));
        List<Path> jars = maven.resolve(coords);
        report(interpreter.addToClassPath(s, jars), jars.size());
    }

    private void load(String args, JShellInterpreter.Session s, CellRun run, JShellInterpreter.Outcome outcome)
            throws MagicException, IOException {
        if (args.isEmpty()) {
            throw new MagicException("write %load FILE.jsh");
        }
        Path file = resolve(unquote(args));
        if (!Files.isRegularFile(file)) {
            throw new MagicException(file + " is not a file; %load runs a file of JShell code");
        }
        String code = Files.readString(file, StandardCharsets.UTF_8);
        interpreter.runSource(s, new CellSource(file.getFileName().toString(), code), 0, code, run, outcome);
    }

    private static void report(List<Path> added, int asked) {
        int already = asked - added.size();
        StringBuilder sb = new StringBuilder();
        sb.append("Added ").append(added.size()).append(added.size() == 1 ? " entry" : " entries").append(" to the class path");
        if (already > 0) {
            sb.append(" (").append(already).append(" already there)");
        }
        sb.append('.');
        for (Path p : added) {
            sb.append("\n  ").append(p.getFileName());
        }
        System.out.println(sb);
    }

    private Path resolve(String p) {
        Path path = Path.of(p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p);
        return (path.isAbsolute() ? path : interpreter.workingDirectory().resolve(path)).normalize();
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
