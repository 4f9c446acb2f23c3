import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the kernelspec logos (logo-32x32.png, logo-64x64.png): four rising bars, for a computing-power index,
 * on a rounded square. No font is used, so the result is the same on every machine.
 *
 * <p>Run from the repository root: {@code java kernel/src/main/logo/MakeLogos.java
 * kernel/src/main/resources/org/suanli/kernel/protocol}
 */
public class MakeLogos {
    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {32, 64}) {
            ImageIO.write(draw(size), "png", new File(dir, "logo-" + size + "x" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double s = size / 64.0;
        g.setColor(new Color(0xB3, 0x26, 0x1E));
        g.fill(new RoundRectangle2D.Double(1 * s, 1 * s, 62 * s, 62 * s, 14 * s, 14 * s));
        g.setColor(new Color(0xFF, 0xF4, 0xE0));
        double[] heights = {14, 24, 34, 44};
        double barWidth = 9 * s;
        for (int i = 0; i < heights.length; i++) {
            double x = (10 + i * 12) * s;
            double h = heights[i] * s;
            g.fill(new RoundRectangle2D.Double(x, 54 * s - h, barWidth, h, 3 * s, 3 * s));
        }
        g.setStroke(new BasicStroke((float) (2.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xF2, 0xB1, 0x34));
        g.drawLine((int) Math.round(12 * s), (int) Math.round(36 * s), (int) Math.round(52 * s), (int) Math.round(8 * s));
        g.dispose();
        return image;
    }
}
