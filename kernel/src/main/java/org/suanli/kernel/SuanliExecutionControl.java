package org.suanli.kernel;

import java.lang.reflect.Field;

import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process execution engine, with two additions: it loads through {@link SnippetLoader}, and it
 * can hand over the actual object of a variable (JShell's API only gives its {@code toString}), so that the
 * last expression of a cell goes through the renderers. Interrupts are JShell's own {@code stop()}: a
 * thread stop on Java 17, bytecode stop checks plus {@code Thread.interrupt} on newer JDKs.
 */
final class SuanliExecutionControl extends LocalExecutionControl {

    private final SnippetLoader loader;
    private volatile boolean capture;
    private volatile Object captured;

    SuanliExecutionControl(SnippetLoader loader) {
        super(loader);
        this.loader = loader;
    }

    SnippetLoader loader() {
        return loader;
    }

    /** Arms the next {@link #varValue} call to keep the object; returns nothing itself. */
    void captureNext() {
        captured = null;
        capture = true;
    }

    Object takeCaptured() {
        Object v = captured;
        captured = null;
        capture = false;
        return v;
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        if (!capture) {
            return super.varValue(className, varName);
        }
        capture = false;
        try {
            Field f = findClass(className).getField(varName);
            f.setAccessible(true);
            captured = f.get(null);
            return "";
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new InternalException("cannot read " + varName + ": " + e);
        }
    }
}
