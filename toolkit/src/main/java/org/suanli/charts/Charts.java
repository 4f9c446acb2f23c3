package org.suanli.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.suanli.data.AtomicFiles;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writing charts to PNG, for files and tests; notebooks display charts directly. */
public final class Charts {

    private Charts() {
    }

    /** The chart as PNG bytes at its own size. */
    public static byte[] toPng(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the chart as PNG: " + e.getMessage(), e);
        }
    }

    /** Writes the chart as a PNG file atomically, so a reader never sees half an image. */
    public static Path savePng(Chart<?, ?> chart, Path file) {
        try {
            AtomicFiles.write(file, toPng(chart));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart to " + file + ": " + e.getMessage(), e);
        }
    }
}
