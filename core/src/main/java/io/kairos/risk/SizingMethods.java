package io.kairos.risk;

import java.util.List;
import java.util.Locale;

/** The sizing methods by the name an operator writes in the configuration. */
public final class SizingMethods {

    private static final List<String> NAMES = List.of(InverseVolatility.NAME, FixedFractional.NAME, Kelly.NAME, BayesianKelly.NAME,
            VolatilityTarget.NAME, RiskParity.NAME, MaximumDiversification.NAME);

    private SizingMethods() {
    }

    /** The seven names, in the order of docs/SIZING.md. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The method called {@code name} (in any case, with surrounding blanks) built from {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static SizingMethod named(String name, SizingSettings settings) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case InverseVolatility.NAME -> new InverseVolatility();
            case FixedFractional.NAME -> new FixedFractional(settings.riskFraction(), settings.stopVols());
            case Kelly.NAME -> new Kelly(settings.kellyPayoff(), settings.kellyFraction());
            case BayesianKelly.NAME -> new BayesianKelly(settings.kellyPayoff(), settings.bayesPriorStrength());
            case VolatilityTarget.NAME -> new VolatilityTarget(settings.targetVolatility());
            case RiskParity.NAME -> new RiskParity();
            case MaximumDiversification.NAME -> new MaximumDiversification();
            default -> throw new IllegalArgumentException("unknown sizing method '" + name + "'; the known ones are "
                    + String.join(", ", NAMES));
        };
    }
}
