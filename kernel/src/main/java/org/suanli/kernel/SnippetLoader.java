package org.suanli.kernel;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads the classes JShell compiles for each snippet, in the kernel's JVM.
 *
 * <p>JShell's own delegate is not public, and we need three things it does not do: patch
 * {@code System.exit} ({@link ExitPatcher}); use the kernel's class loader as parent, so that cells share
 * the display API's static state with the kernel and see the toolkit; and add each jar at most once, however
 * often {@code %maven} or {@code %jars} name it.
 */
final class SnippetLoader implements LoaderDelegate {

    private final Loader loader;
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final Set<String> onParentClassPath;
    private final Set<String> added = ConcurrentHashMap.newKeySet();

    SnippetLoader(ClassLoader parent, Collection<String> parentClassPath) {
        this.loader = new Loader(parent);
        this.onParentClassPath = new LinkedHashSet<>();
        for (String entry : parentClassPath) {
            onParentClassPath.add(canonical(entry));
        }
    }

    ClassLoader classLoader() {
        return loader;
    }

    /** Entries added after start-up (by magics or options), in order. */
    Set<String> addedEntries() {
        return Set.copyOf(added);
    }

    /** Whether {@code path} is already visible to cells (on the kernel's class path or added before). */
    boolean contains(String path) {
        String c = canonical(path);
        return onParentClassPath.contains(c) || added.contains(c);
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException {
        boolean[] loaded = new boolean[cbcs.length];
        try {
            for (ClassBytecodes cbc : cbcs) {
                loader.declare(cbc.name(), ExitPatcher.patch(cbc.bytecodes()));
            }
            for (int i = 0; i < cbcs.length; i++) {
                Class<?> k = loader.loadClass(cbcs[i].name());
                classes.put(cbcs[i].name(), k);
                loaded[i] = true;
                k.getDeclaredMethods(); // link now, so errors surface at load time, as JShell expects
            }
        } catch (Throwable t) {
            throw new ClassInstallException("load: " + t.getMessage(), loaded);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] cbcs) {
        for (ClassBytecodes cbc : cbcs) {
            loader.declare(cbc.name(), ExitPatcher.patch(cbc.bytecodes()));
        }
    }

    @Override
    public void addToClasspath(String cp) throws InternalException {
        try {
            for (String path : cp.split(File.pathSeparator)) {
                if (path.isBlank()) {
                    continue;
                }
                String c = canonical(path);
                if (onParentClassPath.contains(c) || !added.add(c)) {
                    continue;
                }
                loader.addURL(Path.of(c).toUri().toURL());
            }
        } catch (Exception e) {
            throw new InternalException(e.toString());
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> k = classes.get(name);
        if (k == null) {
            throw new ClassNotFoundException(name + " not found");
        }
        return k;
    }

    /** The real path (links resolved) when the file exists, so one jar reached two ways is added once. */
    static String canonical(String path) {
        try {
            Path p = Path.of(path).toAbsolutePath().normalize();
            try {
                return p.toRealPath().toString();
            } catch (IOException e) {
                return p.toString();
            }
        } catch (RuntimeException e) {
            return path;
        }
    }

    /** A URL class loader that also defines the snippet classes JShell hands it. */
    private static final class Loader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classFiles = new ConcurrentHashMap<>();

        Loader(ClassLoader parent) {
            super("suanli-cells", new URL[0], parent);
        }

        void declare(String name, byte[] bytes) {
            classFiles.put(name, bytes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classFiles.get(name);
            if (b == null) {
                return super.findClass(name);
            }
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public void addURL(URL url) {
            super.addURL(url);
        }
    }
}
