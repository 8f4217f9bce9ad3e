package io.kairos.data.synthetic;

/**
 * What stays fixed about one synthetic name for its whole life.
 *
 * @param index               the ticker's position in the market, 0-based; keys its random streams
 * @param ticker              the symbol
 * @param name                the company name
 * @param sector              its GICS sector
 * @param industry            its industry within the sector
 * @param exchange            NYSE or NASDAQ
 * @param firstSession        index of its first session (0 unless it lists during the span)
 * @param marketBeta          loading on the market factor
 * @param sectorBeta          loading on its sector's factor
 * @param idiosyncraticSd     long-run daily standard deviation of its own (non-factor) returns
 * @param initialPrice        the traded price it starts from (the offer price for a listing)
 * @param typicalDollarVolume dollars traded on a typical day at the initial price
 * @param dividendYield       annual dividend yield, 0 for a non-payer
 * @param firstExDate         index of the session of its first ex-dividend date (payers only)
 * @param splitThreshold      the traded price above which the board starts to consider a split
 */
record StockProfile(int index, String ticker, String name, Sector sector, String industry, String exchange,
        int firstSession, double marketBeta, double sectorBeta, double idiosyncraticSd, double initialPrice,
        double typicalDollarVolume, double dividendYield, int firstExDate, double splitThreshold) {

    boolean paysDividends() {
        return dividendYield > 0;
    }
}
