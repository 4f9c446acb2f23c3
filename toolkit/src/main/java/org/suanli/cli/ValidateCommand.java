package org.suanli.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder while the data model is written; replaced in the foundation commit. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate indicator or economy CSV files.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
