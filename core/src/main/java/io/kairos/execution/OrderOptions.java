package io.kairos.execution;

/**
 * How execute shapes its orders beyond the account's own style.
 *
 * @param fractional whether fractional shares may be ordered where the broker allows them for the asset
 * @param bracket    the legs every buy carries, or {@link Bracket#NONE}
 */
public record OrderOptions(boolean fractional, Bracket bracket) {

    public static final OrderOptions DEFAULTS = new OrderOptions(false, Bracket.NONE);
}
