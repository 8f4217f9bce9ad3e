package io.kairos.backtest.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time chart as plain inline SVG (no scripts, fonts or links, so the page needs no network): lines, or bars, over
 * dates, a y axis with five ticks and a year (or month) axis, a legend. A NaN value leaves a gap in its line.
 */
final class SvgChart {

    /** Values as percentages ("12.5%") or plain numbers ("1.25"). */
    enum Scale { PERCENT, NUMBER }

    private record Series(String name, String colour, LocalDate[] dates, double[] values, boolean bars) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 280;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 40;

    private final String title;
    private final Scale scale;
    private final List<Series> series = new ArrayList<>();

    SvgChart(String title, Scale scale) {
        this.title = title;
        this.scale = scale;
    }

    SvgChart line(String name, String colour, LocalDate[] dates, double[] values) {
        series.add(new Series(name, colour, dates, values, false));
        return this;
    }

    SvgChart bars(String name, String colour, LocalDate[] dates, double[] values) {
        series.add(new Series(name, colour, dates, values, true));
        return this;
    }

    String svg() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series one : series) {
            for (int i = 0; i < one.values.length; i++) {
                first = Math.min(first, one.dates[i].toEpochDay());
                last = Math.max(last, one.dates[i].toEpochDay());
                if (Double.isFinite(one.values[i])) {
                    low = Math.min(low, one.values[i]);
                    high = Math.max(high, one.values[i]);
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"%s\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT,
                Html.escape(title)));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", LEFT, Html.escape(title)));
        if (first > last || low > high) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">no data</text>%n", LEFT, HEIGHT / 2));
            return svg.append("</svg>\n").toString();
        }
        if (series.stream().anyMatch(Series::bars)) {
            low = Math.min(low, 0);
            high = Math.max(high, 0);
        }
        if (high == low) {
            high += 1e-9 + Math.abs(high) * 0.01;
            low -= 1e-9 + Math.abs(low) * 0.01;
        }
        Frame frame = new Frame(first, Math.max(last, first + 1), low, high);
        axes(svg, frame);
        for (Series one : series) {
            if (one.bars) {
                bars(svg, frame, one);
            } else {
                line(svg, frame, one);
            }
        }
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    private record Frame(long first, long last, double low, double high) {

        double x(LocalDate date) {
            return LEFT + (double) (date.toEpochDay() - first) / (last - first) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private void axes(StringBuilder svg, Frame frame) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n",
                LEFT, TOP, WIDTH - LEFT - RIGHT, bottom - TOP));
        for (int tick = 0; tick <= 4; tick++) {
            double value = frame.low + (frame.high - frame.low) * tick / 4;
            double y = frame.y(value);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>%n", LEFT, y,
                    WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
                    label(value)));
        }
        if (frame.low < 0 && frame.high > 0) {
            double zero = frame.y(0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>%n", LEFT, zero,
                    WIDTH - RIGHT, zero));
        }
        LocalDate start = LocalDate.ofEpochDay(frame.first);
        LocalDate end = LocalDate.ofEpochDay(frame.last);
        boolean years = end.getYear() - start.getYear() >= 2;
        LocalDate tick = years ? LocalDate.of(start.getYear() + 1, 1, 1) : start.withDayOfMonth(1).plusMonths(1);
        int step = years ? Math.max(1, (end.getYear() - start.getYear()) / 10) : Math.max(1, (int) (frame.last - frame.first) / 300);
        while (!tick.isAfter(end)) {
            double x = frame.x(tick);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n", x, bottom, x,
                    bottom + 4));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom + 17,
                    years ? String.valueOf(tick.getYear()) : tick.toString().substring(0, 7)));
            tick = years ? tick.plusYears(step) : tick.plusMonths(step);
        }
    }

    private static void line(StringBuilder svg, Frame frame, Series one) {
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < one.values.length; i++) {
            if (!Double.isFinite(one.values[i])) {
                pen = false;
                continue;
            }
            path.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f,%.1f", frame.x(one.dates[i]), frame.y(one.values[i])));
            pen = true;
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(one.colour)
                .append("\" stroke-width=\"1.4\"/>\n");
    }

    private static void bars(StringBuilder svg, Frame frame, Series one) {
        double zero = frame.y(0);
        for (int i = 0; i < one.values.length; i++) {
            if (Double.isFinite(one.values[i])) {
                double y = frame.y(one.values[i]);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"3\" height=\"%.1f\" fill=\"%s\"/>%n",
                        frame.x(one.dates[i]) - 1.5, Math.min(y, zero), Math.abs(zero - y), one.colour));
            }
        }
    }

    /** Right of the title, wrapping to more rows (three fit in the top margin) when the names do not fit on one. */
    private void legend(StringBuilder svg) {
        int start = LEFT + 300;
        int x = start;
        int y = 11;
        for (Series one : series) {
            int width = 24 + 7 * one.name.length();
            if (x + width > WIDTH - RIGHT && x > start) {
                x = start;
                y += 12;
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", x, y, one.colour, x + 16, y + 5, Html.escape(one.name)));
            x += width;
        }
    }

    private String label(double value) {
        if (scale == Scale.PERCENT) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 1000 ? "%,.0f" : "%.2f", value);
    }
}
