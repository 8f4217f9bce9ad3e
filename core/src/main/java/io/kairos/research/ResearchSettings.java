package io.kairos.research;

/**
 * The broker of a research run: starting cash, commission as a fraction of each fill's value (0.001 = 0.1%, charged
 * on entry and on exit), and the fraction of cash an entry spends at the signal close.
 */
public record ResearchSettings(double cash, double commission, double sizeFraction) {

    public ResearchSettings {
        if (!(cash > 0) || Double.isInfinite(cash)) {
            throw new IllegalArgumentException("the starting cash must be a positive number, not " + cash);
        }
        if (!(commission >= 0 && commission < 1)) {
            throw new IllegalArgumentException("the commission is a fraction of each fill's value, from 0 to below 1 (0.001 ="
                    + " 0.1%), not " + commission);
        }
        if (!(sizeFraction > 0 && sizeFraction <= 1)) {
            throw new IllegalArgumentException("the size fraction is the share of cash an entry spends, above 0 and at most 1,"
                    + " not " + sizeFraction);
        }
    }
}
