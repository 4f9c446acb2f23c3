package org.suanli.capacity;

import org.suanli.data.validate.LoaderChecker;

/**
 * {@code suanli validate} checkers for the capacity tables, which are not long-form data: each file is read by
 * the code that uses it, and whatever that code rejects is reported with its row and column.
 */
public final class CapacityDataCheckers {

    private CapacityDataCheckers() {
    }

    /** {@code capacity_stated.csv}: the book's national and global capacity figures with their quotes. */
    public static final class StatedFiguresChecker extends LoaderChecker {
        public StatedFiguresChecker() {
            super("capacity_stated.csv", "the blue book's national and global capacity figures (org.suanli.capacity.StatedFigures)",
                    StatedFigures::load);
        }
    }

    /** {@code shipments.csv}: server shipments by year with provenance. */
    public static final class ShipmentsChecker extends LoaderChecker {
        public ShipmentsChecker() {
            super("shipments.csv", "server shipments by year (org.suanli.capacity.Shipments)", Shipments::load);
        }
    }

    /** {@code server_configs.csv}: typical server configurations with vendor sources. */
    public static final class ServerConfigsChecker extends LoaderChecker {
        public ServerConfigsChecker() {
            super("server_configs.csv", "server configurations with vendor sources (org.suanli.capacity.ServerCatalog)",
                    ServerCatalog::load);
        }
    }
}
