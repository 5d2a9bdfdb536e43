package org.custodian.infra;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** The open-loop curve as a PNG: p50 and p99 against the offered rate, with the p99 limit and the achieved rate. */
final class CurvePlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final int MARGIN = 60;

    private CurvePlot() {
    }

    static void write(List<Step> curve, double limitMs, Path file) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxRate = curve.stream().mapToDouble(Step::offered).max().orElse(1);
        double maxMs = Math.max(limitMs * 1.5, curve.stream().mapToDouble(Step::p99Ms)
                .filter(Double::isFinite).max().orElse(limitMs));
        axes(g, maxRate, maxMs);
        g.setColor(Color.GRAY);
        int limitY = y(limitMs, maxMs);
        g.drawLine(MARGIN, limitY, WIDTH - MARGIN, limitY);
        g.drawString("p99 limit " + (int) limitMs + " ms", WIDTH - MARGIN - 110, limitY - 4);
        line(g, curve, Step::p50Ms, maxRate, maxMs, new Color(0x1f77b4), "p50 ms", 0);
        line(g, curve, Step::p99Ms, maxRate, maxMs, new Color(0xd62728), "p99 ms", 1);
        line(g, curve, step -> step.achieved() / maxRate * maxMs, maxRate, maxMs, new Color(0x2ca02c),
                "achieved/s (scaled: top = " + (int) maxRate + "/s)", 2);
        g.dispose();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void axes(Graphics2D g, double maxRate, double maxMs) {
        g.setColor(Color.BLACK);
        g.drawLine(MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);
        g.drawLine(MARGIN, MARGIN, MARGIN, HEIGHT - MARGIN);
        g.drawString("offered requests/s (0 to " + (int) maxRate + ")", WIDTH / 2 - 80, HEIGHT - 20);
        g.drawString("submit → release, ms (0 to " + (int) maxMs + ")", 10, MARGIN - 20);
    }

    private static void line(Graphics2D g, List<Step> curve, ToDoubleFunction<Step> value, double maxRate, double maxMs,
                             Color color, String label, int row) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2));
        int previousX = -1;
        int previousY = -1;
        for (Step step : curve) {
            int x = MARGIN + (int) (step.offered() / maxRate * (WIDTH - 2 * MARGIN));
            int y = y(Math.min(value.applyAsDouble(step), maxMs), maxMs);
            g.fillOval(x - 3, y - 3, 6, 6);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
        g.drawString(label, MARGIN + 10, MARGIN + 15 * row);
    }

    private static int y(double ms, double maxMs) {
        return HEIGHT - MARGIN - (int) (ms / maxMs * (HEIGHT - 2 * MARGIN));
    }
}
