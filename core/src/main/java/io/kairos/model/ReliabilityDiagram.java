package io.kairos.model;

import java.util.List;
import java.util.Locale;

/**
 * The reliability diagram of a calibration as a self-contained SVG: mean predicted probability against
 * observed frequency per bin, before (raw scores) and after calibration, with the perfect diagonal,
 * and underneath the rows in each bin. Plain SVG with no scripts, fonts or links, so it opens anywhere.
 */
public final class ReliabilityDiagram {

    private static final String BEFORE_COLOUR = "#d95f02";
    private static final String AFTER_COLOUR = "#1b6ac9";
    private static final int LEFT = 70;
    private static final int TOP = 50;
    /** The side of the square plot, in pixels. */
    private static final int SIDE = 360;
    private static final int COUNTS_TOP = TOP + SIDE + 75;
    private static final int COUNTS_HEIGHT = 90;
    private static final int WIDTH = 740;
    private static final int HEIGHT = COUNTS_TOP + COUNTS_HEIGHT + 50;

    private ReliabilityDiagram() {
    }

    public static String svg(CalibrationReport report) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, LEFT, 25, "start", "font-size=\"14\"", "Reliability of model " + report.modelId() + " ("
                + count(report.rows()) + " out-of-sample rows)");
        axes(svg);
        svg.append("<line x1=\"").append(x(0)).append("\" y1=\"").append(y(0)).append("\" x2=\"").append(x(1)).append("\" y2=\"")
                .append(y(1)).append("\" stroke=\"#999\" stroke-dasharray=\"5,4\"/>\n");
        curve(svg, report.before().bins(), BEFORE_COLOUR);
        curve(svg, report.after().bins(), AFTER_COLOUR);
        legend(svg, report);
        counts(svg, report.before().bins(), report.after().bins());
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg) {
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(SIDE)
                .append("\" height=\"").append(SIDE).append("\" fill=\"none\" stroke=\"#333\"/>\n");
        for (int tick = 0; tick <= ReliabilityBin.BINS; tick++) {
            double value = (double) tick / ReliabilityBin.BINS;
            if (tick > 0 && tick < ReliabilityBin.BINS) {
                svg.append("<line x1=\"").append(x(value)).append("\" y1=\"").append(y(0)).append("\" x2=\"").append(x(value))
                        .append("\" y2=\"").append(y(1)).append("\" stroke=\"#eee\"/>\n");
                svg.append("<line x1=\"").append(x(0)).append("\" y1=\"").append(y(value)).append("\" x2=\"").append(x(1))
                        .append("\" y2=\"").append(y(value)).append("\" stroke=\"#eee\"/>\n");
            }
            if (tick % 2 == 0) {
                text(svg, xAt(value), yAt(0) + 16, "middle", "", number(value, 1));
                text(svg, xAt(0) - 8, yAt(value) + 4, "end", "", number(value, 1));
            }
        }
        text(svg, xAt(0.5), yAt(0) + 34, "middle", "", "mean predicted probability in the bin");
        svg.append("<text x=\"20\" y=\"").append(y(0.5)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 20 ")
                .append(y(0.5)).append(")\">observed frequency of label 1</text>\n");
    }

    private static void curve(StringBuilder svg, List<ReliabilityBin> bins, String colour) {
        StringBuilder points = new StringBuilder();
        for (ReliabilityBin bin : bins) {
            if (bin.rows() > 0) {
                points.append(points.length() == 0 ? "" : " ").append(x(bin.meanPredicted())).append(',').append(y(bin.observed()));
            }
        }
        svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"/>\n");
        for (ReliabilityBin bin : bins) {
            if (bin.rows() > 0) {
                svg.append("<circle cx=\"").append(x(bin.meanPredicted())).append("\" cy=\"").append(y(bin.observed()))
                        .append("\" r=\"4\" fill=\"").append(colour).append("\"><title>").append(number(bin.lower(), 1)).append('-')
                        .append(number(bin.upper(), 1)).append(": ").append(count(bin.rows())).append(" rows, mean predicted ")
                        .append(number(bin.meanPredicted(), 3)).append(", observed ").append(number(bin.observed(), 3))
                        .append("</title></circle>\n");
            }
        }
    }

    private static void legend(StringBuilder svg, CalibrationReport report) {
        int left = LEFT + SIDE + 30;
        legendEntry(svg, left, TOP + 10, BEFORE_COLOUR, "before: raw score", report.before());
        legendEntry(svg, left, TOP + 80, AFTER_COLOUR, "after: " + report.method() + " (cross-fitted)", report.after());
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(TOP + 150).append("\" x2=\"").append(left + 24)
                .append("\" y2=\"").append(TOP + 150).append("\" stroke=\"#999\" stroke-dasharray=\"5,4\"/>\n");
        text(svg, left + 32, TOP + 154, "start", "", "perfectly calibrated");
    }

    private static void legendEntry(StringBuilder svg, int left, int top, String colour, String label, CalibrationMetrics metrics) {
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left + 24)
                .append("\" y2=\"").append(top).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n");
        text(svg, left + 32, top + 4, "start", "", label);
        text(svg, left + 32, top + 22, "start", "", "ECE " + number(metrics.ece(), 4) + ", Brier " + number(metrics.brier(), 4));
        text(svg, left + 32, top + 40, "start", "", "log-loss " + number(metrics.logLoss(), 4));
    }

    /** Paired bars per bin, before and after, each labelled with its row count. */
    private static void counts(StringBuilder svg, List<ReliabilityBin> before, List<ReliabilityBin> after) {
        long most = 1;
        for (int bin = 0; bin < ReliabilityBin.BINS; bin++) {
            most = Math.max(most, Math.max(before.get(bin).rows(), after.get(bin).rows()));
        }
        text(svg, LEFT, COUNTS_TOP - 14, "start", "", "rows per bin (left bar before, right bar after)");
        double slot = (double) SIDE / ReliabilityBin.BINS;
        int bottom = COUNTS_TOP + COUNTS_HEIGHT;
        for (int bin = 0; bin < ReliabilityBin.BINS; bin++) {
            double start = LEFT + bin * slot;
            bar(svg, start + 4, slot / 2 - 5, before.get(bin).rows(), most, bottom, BEFORE_COLOUR);
            bar(svg, start + slot / 2 + 1, slot / 2 - 5, after.get(bin).rows(), most, bottom, AFTER_COLOUR);
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(LEFT + SIDE)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#333\"/>\n");
        for (int tick = 0; tick <= ReliabilityBin.BINS; tick += 2) {
            text(svg, LEFT + tick * slot, bottom + 16, "middle", "", number((double) tick / ReliabilityBin.BINS, 1));
        }
    }

    private static void bar(StringBuilder svg, double left, double width, long rows, long most, int bottom, String colour) {
        double height = (double) COUNTS_HEIGHT * rows / most;
        svg.append("<rect x=\"").append(number(left, 1)).append("\" y=\"").append(number(bottom - height, 1))
                .append("\" width=\"").append(number(width, 1)).append("\" height=\"").append(number(height, 1))
                .append("\" fill=\"").append(colour).append("\"/>\n");
        text(svg, left + width / 2, bottom - height - 3, "middle", "font-size=\"8\"", count(rows));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String extra, String content) {
        svg.append("<text x=\"").append(number(x, 1)).append("\" y=\"").append(number(y, 1)).append("\" text-anchor=\"")
                .append(anchor).append('"').append(extra.isEmpty() ? "" : " " + extra).append('>').append(escape(content))
                .append("</text>\n");
    }

    private static double xAt(double probability) {
        return LEFT + probability * SIDE;
    }

    private static double yAt(double frequency) {
        return TOP + (1 - frequency) * SIDE;
    }

    private static String x(double probability) {
        return number(xAt(probability), 1);
    }

    private static String y(double frequency) {
        return number(yAt(frequency), 1);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String count(long rows) {
        return String.format(Locale.ROOT, "%,d", rows);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
