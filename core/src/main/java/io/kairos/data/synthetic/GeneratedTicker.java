package io.kairos.data.synthetic;

/** A finished name, ready to append: what it is, its rows, and whether it was delisted. */
record GeneratedTicker(StockProfile profile, SharadarBars bars, boolean delisted) {
}
