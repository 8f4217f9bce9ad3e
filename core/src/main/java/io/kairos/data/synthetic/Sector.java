package io.kairos.data.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The 11 GICS sectors with what the generator needs of each: how common its names are, how they
 * move with the market, how much the sector moves on its own, how many pay dividends, and where
 * they list. Shares of names and betas follow the rough shape of the US listed universe.
 */
enum Sector {
    COMMUNICATION_SERVICES("Communication Services", 0.05, 1.00, 0.10, 0.35, 0.55,
            List.of("Diversified Telecommunication Services", "Media", "Entertainment", "Interactive Media & Services"),
            List.of("Media", "Communications", "Networks", "Broadcasting")),
    CONSUMER_DISCRETIONARY("Consumer Discretionary", 0.11, 1.15, 0.09, 0.40, 0.50,
            List.of("Automobiles", "Hotels, Restaurants & Leisure", "Specialty Retail", "Household Durables",
                    "Textiles, Apparel & Luxury Goods"),
            List.of("Brands", "Retail", "Motors", "Resorts", "Apparel")),
    CONSUMER_STAPLES("Consumer Staples", 0.04, 0.60, 0.08, 0.80, 0.35,
            List.of("Food Products", "Beverages", "Household Products", "Consumer Staples Distribution & Retail"),
            List.of("Foods", "Brands", "Beverage", "Markets")),
    ENERGY("Energy", 0.05, 1.10, 0.20, 0.70, 0.30,
            List.of("Oil, Gas & Consumable Fuels", "Energy Equipment & Services"),
            List.of("Energy", "Petroleum", "Resources", "Drilling")),
    FINANCIALS("Financials", 0.16, 1.10, 0.10, 0.70, 0.45,
            List.of("Banks", "Capital Markets", "Insurance", "Financial Services", "Consumer Finance"),
            List.of("Bancorp", "Financial", "Capital", "Insurance")),
    HEALTH_CARE("Health Care", 0.18, 0.85, 0.09, 0.30, 0.65,
            List.of("Biotechnology", "Pharmaceuticals", "Health Care Equipment & Supplies",
                    "Health Care Providers & Services", "Life Sciences Tools & Services"),
            List.of("Therapeutics", "Biosciences", "Pharmaceuticals", "Medical", "Health")),
    INDUSTRIALS("Industrials", 0.13, 1.05, 0.07, 0.60, 0.35,
            List.of("Aerospace & Defense", "Machinery", "Building Products", "Ground Transportation",
                    "Professional Services", "Electrical Equipment"),
            List.of("Industries", "Systems", "Aerospace", "Logistics")),
    INFORMATION_TECHNOLOGY("Information Technology", 0.14, 1.25, 0.11, 0.30, 0.70,
            List.of("Software", "Semiconductors & Semiconductor Equipment", "IT Services",
                    "Technology Hardware, Storage & Peripherals", "Electronic Equipment, Instruments & Components"),
            List.of("Technologies", "Software", "Semiconductor", "Systems", "Networks")),
    MATERIALS("Materials", 0.05, 1.05, 0.11, 0.60, 0.30,
            List.of("Chemicals", "Metals & Mining", "Containers & Packaging", "Construction Materials"),
            List.of("Materials", "Chemical", "Mining", "Resources")),
    REAL_ESTATE("Real Estate", 0.06, 0.80, 0.12, 0.90, 0.35,
            List.of("Residential REITs", "Industrial REITs", "Office REITs", "Real Estate Management & Development"),
            List.of("Realty", "Properties", "Residential", "Trust")),
    UTILITIES("Utilities", 0.03, 0.50, 0.10, 0.90, 0.20,
            List.of("Electric Utilities", "Multi-Utilities", "Gas Utilities", "Water Utilities"),
            List.of("Power", "Utilities", "Energy", "Water"));

    private static final Sector[] ALL = values();

    private final String label;
    private final double shareOfNames;
    private final double typicalBeta;
    private final double factorVolatility;
    private final double dividendPayerShare;
    private final double nasdaqShare;
    private final List<String> industries;
    private final List<String> nameSuffixes;

    Sector(String label, double shareOfNames, double typicalBeta, double factorVolatility, double dividendPayerShare,
            double nasdaqShare, List<String> industries, List<String> nameSuffixes) {
        this.label = label;
        this.shareOfNames = shareOfNames;
        this.typicalBeta = typicalBeta;
        this.factorVolatility = factorVolatility;
        this.dividendPayerShare = dividendPayerShare;
        this.nasdaqShare = nasdaqShare;
        this.industries = industries;
        this.nameSuffixes = nameSuffixes;
    }

    /** A sector drawn in proportion to the shares of names. */
    static Sector draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (Sector sector : ALL) {
            u -= sector.shareOfNames;
            if (u < 0) {
                return sector;
            }
        }
        return ALL[ALL.length - 1];
    }

    /** The GICS sector name as stored in the tickers table. */
    String label() {
        return label;
    }

    /** The mean market beta of the sector's names. */
    double typicalBeta() {
        return typicalBeta;
    }

    /** Annualized volatility of the sector's own factor, on top of the market. */
    double factorVolatility() {
        return factorVolatility;
    }

    /** The share of the sector's (larger) names that pay quarterly dividends. */
    double dividendPayerShare() {
        return dividendPayerShare;
    }

    /** The share of the sector's names listed on NASDAQ rather than NYSE. */
    double nasdaqShare() {
        return nasdaqShare;
    }

    List<String> industries() {
        return industries;
    }

    /** Words a company name in this sector may end with, before the generic Inc./Corp./Holdings. */
    List<String> nameSuffixes() {
        return nameSuffixes;
    }
}
