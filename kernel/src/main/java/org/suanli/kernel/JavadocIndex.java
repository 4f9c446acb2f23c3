package org.suanli.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

/**
 * The Javadoc of the libraries whose sources ship under {@value #ROOT} (the toolkit does), for Shift-Tab,
 * {@code Name?} and completion. JShell reads Javadoc only from the JDK's own sources, so without this a
 * notebook user would see {@code IndexModel IndexModel.standard()} and nothing about why to call it.
 *
 * <p>A source file is parsed (not compiled) the first time one of its types is asked about. Types are found by
 * simple name, which the project keeps unique among its public types.
 */
public final class JavadocIndex {

    /** Where a jar keeps its sources for this index. */
    public static final String ROOT = "META-INF/suanli/sources";

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");

    /**
     * One documented declaration.
     *
     * @param signature its declaration, for example {@code static IndexModel standard()}
     * @param text      its Javadoc as plain text; empty when it has none
     */
    public record Doc(String signature, String text) {
        /** The first sentence, for one-line help (completion lists). */
        public String firstSentence() {
            String flat = text.replaceAll("\\s+", " ").strip();
            Matcher m = Pattern.compile("^(.*?[.。])(\\s|$)").matcher(flat);
            return m.find() ? m.group(1) : flat;
        }
    }

    private final Map<String, String> files;
    private final Map<String, Map<String, List<Doc>>> parsed = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final ClassLoader loader;

    private JavadocIndex(Map<String, String> files, ClassLoader loader) {
        this.files = files;
        this.loader = loader;
    }

    private static volatile JavadocIndex shared;

    /** The index of the kernel's own class path, made once. */
    public static JavadocIndex shared() {
        JavadocIndex index = shared;
        if (index == null) {
            index = load(JavadocIndex.class.getClassLoader());
            shared = index;
        }
        return index;
    }

    /** Every source file under {@value #ROOT} that {@code loader} can see, by the simple name of its type. */
    static JavadocIndex load(ClassLoader loader) {
        Map<String, String> files = new HashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(ROOT))) {
                listSources(url, files);
            }
        } catch (IOException | RuntimeException e) {
            // no Javadoc is a lesser evil than no help at all: the signatures still show
        }
        return new JavadocIndex(files, loader);
    }

    private static void listSources(URL url, Map<String, String> files) throws IOException {
        Path root;
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                root = fs.getPath(ROOT);
            } else {
                root = Path.of(uri);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String relative = root.relativize(p).toString().replace('\\', '/');
                String simple = p.getFileName().toString().replaceFirst("\\.java$", "");
                files.putIfAbsent(simple, ROOT + "/" + relative);
            });
        }
    }

    /** How many source files the index knows. */
    public int size() {
        return files.size();
    }

    /** The Javadoc of a type, by simple or qualified name. */
    public Optional<Doc> type(String name) {
        String simple = simple(name);
        List<Doc> docs = declarations(simple).get("");
        return docs == null || docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
    }

    /** The Javadoc of every member (method, constructor or field) of that name in a type, overloads in order. */
    public List<Doc> members(String type, String member) {
        return declarations(simple(type)).getOrDefault(member, List.of());
    }

    /**
     * The Javadoc for one of JShell's signatures: {@code IndexModel IndexModel.standard()} (a method),
     * {@code org.suanli.index.IndexModel} (a type) or {@code int IndexModel.x} (a field); empty if unknown.
     */
    public String forSignature(String signature) {
        Matcher member = Pattern.compile("([\\w$]+)\\.([\\w$]+)(\\(.*\\))?$").matcher(signature.strip());
        if (signature.strip().matches("[\\w$.]+")) {
            return type(signature.strip()).map(Doc::text).orElse("");
        }
        if (!member.find()) {
            return "";
        }
        List<Doc> docs = members(member.group(1), member.group(2));
        if (docs.isEmpty()) {
            return "";
        }
        String params = member.group(3);
        for (Doc d : docs) {
            if (params != null && d.signature().endsWith(params)) {
                return d.text();
            }
        }
        return docs.get(0).text();
    }

    private static String simple(String name) {
        String s = name.strip();
        int generic = s.indexOf('<');
        if (generic >= 0) {
            s = s.substring(0, generic);
        }
        return s.substring(s.lastIndexOf('.') + 1);
    }

    /** For a type: "" to the type's own Javadoc, member names to theirs. Nested types are indexed by their name. */
    private Map<String, List<Doc>> declarations(String simple) {
        Map<String, List<Doc>> known = parsed.get(simple);
        if (known != null) {
            return known;
        }
        String file = files.get(simple);
        if (file == null) {
            return Map.of();
        }
        parse(file);
        return parsed.getOrDefault(simple, Map.of());
    }

    private synchronized void parse(String file) {
        if (sources.containsKey(file)) {
            return;
        }
        String text;
        try (InputStream in = loader.getResourceAsStream(file)) {
            text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "";
        }
        sources.put(file, text);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || text.isEmpty()) {
            return;
        }
        String source = text;
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try {
            JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(unit));
            DocTrees trees = DocTrees.instance(task);
            for (CompilationUnitTree tree : task.parse()) {
                new Collector(trees).scan(tree, null);
            }
        } catch (IOException | RuntimeException e) {
            // an unparsable file gives no Javadoc
        }
    }

    /** Walks one parsed file and records the Javadoc of its types and their public members. */
    private final class Collector extends TreePathScanner<Void, Void> {
        private final DocTrees trees;
        private final List<String> types = new ArrayList<>();

        Collector(DocTrees trees) {
            this.trees = trees;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            String name = node.getSimpleName().toString();
            types.add(name);
            put(name, "", new Doc(name, doc(getCurrentPath())));
            try {
                return super.visitClass(node, unused);
            } finally {
                types.remove(types.size() - 1);
            }
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            if (!types.isEmpty() && !node.getModifiers().getFlags().contains(Modifier.PRIVATE)) {
                String owner = types.get(types.size() - 1);
                boolean constructor = node.getName().contentEquals("<init>");
                String name = constructor ? owner : node.getName().toString();
                StringBuilder signature = new StringBuilder();
                if (node.getModifiers().getFlags().contains(Modifier.STATIC)) {
                    signature.append("static ");
                }
                if (!constructor && node.getReturnType() != null) {
                    signature.append(node.getReturnType()).append(' ');
                }
                signature.append(name).append('(');
                List<String> params = new ArrayList<>();
                for (VariableTree p : node.getParameters()) {
                    params.add(p.getType() + " " + p.getName());
                }
                signature.append(String.join(", ", params)).append(')');
                put(owner, name, new Doc(signature.toString(), doc(getCurrentPath())));
            }
            return null; // nothing documented inside a method body
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            if (!types.isEmpty() && parent instanceof ClassTree
                    && !node.getModifiers().getFlags().contains(Modifier.PRIVATE)) {
                String owner = types.get(types.size() - 1);
                put(owner, node.getName().toString(),
                        new Doc(node.getType() + " " + node.getName(), doc(getCurrentPath())));
            }
            return null;
        }

        private void put(String type, String member, Doc doc) {
            parsed.computeIfAbsent(type, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(member, k -> Collections.synchronizedList(new ArrayList<>())).add(doc);
        }

        private String doc(TreePath path) {
            String raw = trees.getDocComment(path);
            return raw == null ? "" : plain(raw);
        }
    }

    /** Javadoc as plain text: inline tags unwrapped, HTML paragraphs and list items as line breaks. */
    static String plain(String javadoc) {
        String text = INLINE_TAG.matcher(javadoc).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).strip().replace('#', '.')));
        text = text.replaceAll("(?i)<p>\\s*", "\n\n").replaceAll("(?i)<li>\\s*", "\n- ").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
