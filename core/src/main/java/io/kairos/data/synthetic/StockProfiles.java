package io.kairos.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the fixed attributes of every name. A latent size score ties them together the way they go
 * together in real markets: small names trade fewer dollars, are more volatile, trade at lower
 * prices and pay dividends less often.
 */
final class StockProfiles {

    /** Median typical dollar volume: with the spread below, about 15% of names trade under $2M a day. */
    static final double MEDIAN_DOLLAR_VOLUME = 11e6;
    /** Spread of log dollar volume across names: $50k to $5bn a day within the size limit. */
    static final double DOLLAR_VOLUME_LOG_SD = 1.66;
    static final double SIZE_SCORE_LIMIT = 3.3;
    static final double MEDIAN_IDIOSYNCRATIC_VOLATILITY = 0.28;
    static final double MEDIAN_INITIAL_PRICE = 25;
    static final double MEDIAN_YIELD = 0.025;
    static final double MEDIAN_SPLIT_THRESHOLD = 220;
    /** Share of names that list during the span, per year of span, capped at half. */
    static final double LISTINGS_PER_YEAR = 0.035;
    static final double MAX_LISTED_DURING_SPAN = 0.5;
    static final double SESSIONS_PER_YEAR = 252;

    private StockProfiles() {
    }

    static List<StockProfile> draw(SyntheticSpec spec, int sessions) {
        TickerNaming naming = new TickerNaming(RandomStreams.of(spec.seed(), RandomStreams.Purpose.NAMES, 0));
        double listedDuringSpan = Math.min(MAX_LISTED_DURING_SPAN, LISTINGS_PER_YEAR * sessions / SESSIONS_PER_YEAR);
        List<StockProfile> profiles = new ArrayList<>(spec.tickers());
        for (int i = 0; i < spec.tickers(); i++) {
            profiles.add(drawOne(i, RandomStreams.of(spec.seed(), RandomStreams.Purpose.PROFILE, i), naming, sessions,
                    listedDuringSpan));
        }
        return profiles;
    }

    private static StockProfile drawOne(int index, SplittableRandom random, TickerNaming naming, int sessions,
            double listedDuringSpan) {
        Sector[] sectors = Sector.values();
        // the first names go one to each sector so that even a small market has all eleven
        Sector sector = index < sectors.length ? sectors[index] : Sector.draw(random);
        String industry = sector.industries().get(random.nextInt(sector.industries().size()));
        boolean nasdaq = random.nextDouble() < sector.nasdaqShare();
        // NASDAQ symbols mostly have four letters, NYSE ones two or three
        int symbolLength = nasdaq ? (random.nextDouble() < 0.9 ? 4 : 5) : (random.nextDouble() < 0.7 ? 3 : 2);
        TickerNaming.Naming company = naming.next(sector, symbolLength);

        double size = clamp(random.nextGaussian(), -SIZE_SCORE_LIMIT, SIZE_SCORE_LIMIT);
        double dollarVolume = MEDIAN_DOLLAR_VOLUME * Math.exp(DOLLAR_VOLUME_LOG_SD * size);
        double annualVolatility = clamp(
                MEDIAN_IDIOSYNCRATIC_VOLATILITY * Math.exp(-0.18 * size + 0.3 * random.nextGaussian()), 0.10, 1.2);
        double marketBeta = clamp(sector.typicalBeta() + 0.25 * random.nextGaussian(), 0.2, 2.2);
        double sectorBeta = clamp(1 + 0.3 * random.nextGaussian(), 0.2, 2.0);
        double price = clamp(MEDIAN_INITIAL_PRICE * Math.exp(0.5 * size + 1.1 * random.nextGaussian()), 0.5, 1500);
        double payerChance = sector.dividendPayerShare() * (size > -1 ? 1 : 0.3);
        double yield = random.nextDouble() < payerChance
                ? clamp(MEDIAN_YIELD * Math.exp(0.5 * random.nextGaussian()), 0.004, 0.09) : 0;
        double splitThreshold = clamp(MEDIAN_SPLIT_THRESHOLD * Math.exp(0.5 * random.nextGaussian()), 80, 1500);
        int firstSession = sessions > 1 && random.nextDouble() < listedDuringSpan ? 1 + random.nextInt(sessions - 1) : 0;
        int firstExDate = firstSession + 1 + random.nextInt(DividendSchedule.SESSIONS_PER_QUARTER);
        return new StockProfile(index, company.symbol(), company.name(), sector, industry, nasdaq ? "NASDAQ" : "NYSE",
                firstSession, marketBeta, sectorBeta, annualVolatility / Math.sqrt(SESSIONS_PER_YEAR), price,
                dollarVolume, yield, firstExDate, splitThreshold);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
