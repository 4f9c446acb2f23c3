package org.suanli.runner;

import java.time.Duration;

/** Hears how a run goes, to show progress. Every method has a no-op default. */
public interface RunListener {

    /** A notebook starts: {@code index} counts from 1 up to {@code total}; it has {@code codeCells} to run. */
    default void notebookStarted(String name, int index, int total, int codeCells) {
    }

    /** A code cell starts; {@code ordinal} counts code cells from 1. */
    default void cellStarted(String name, int ordinal, int codeCells, Cell cell) {
    }

    default void cellFinished(String name, int ordinal, int codeCells, Cell cell, boolean ok, Duration took) {
    }

    default void notebookFinished(NotebookResult result) {
    }

    RunListener NONE = new RunListener() {
    };
}
