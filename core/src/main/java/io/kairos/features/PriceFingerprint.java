package io.kairos.features;

/**
 * What the stored prices a build read looked like: how many rows, and the XOR of a hash of every
 * row's ticker, date, open, high, low, close, volume, closeadj and the ticker's sector. Any change to
 * one of those (a reload with other values, a split or dividend restating history, a row added or
 * removed, a sector changed) changes it.
 */
record PriceFingerprint(long rows, String hash) {
}
