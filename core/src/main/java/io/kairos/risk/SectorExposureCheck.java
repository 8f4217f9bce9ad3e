package io.kairos.risk;

import io.kairos.execution.Position;
import java.math.BigDecimal;

/**
 * The positions of the order's sector together are at most {@code max_sector_exposure} of equity after the
 * order: the order's symbol at the reference price, the others at the broker's market value. Positions whose
 * sector the caller did not give count in no sector. An order that shrinks its position passes.
 */
final class SectorExposureCheck implements PreTradeCheck {

    private final BigDecimal maxExposure;

    SectorExposureCheck(BigDecimal maxExposure) {
        this.maxExposure = maxExposure;
    }

    @Override
    public String name() {
        return "sector_exposure";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        String symbol = input.order().symbol();
        String sector = input.sectors().get(symbol);
        if (!input.grows()) {
            return CheckResult.pass(name(), "the order shrinks " + symbol + (sector == null ? "" : " and so " + sector));
        }
        if (sector == null || sector.isBlank()) {
            return CheckResult.reject(name(), "no sector is known for " + symbol);
        }
        BigDecimal equity = input.account().equity();
        if (equity.signum() <= 0) {
            return CheckResult.reject(name(), "equity " + equity.toPlainString() + " is not positive");
        }
        BigDecimal exposure = input.valueAfter();
        for (Position position : input.positions()) {
            if (!position.symbol().equals(symbol) && sector.equals(input.sectors().get(position.symbol()))) {
                exposure = exposure.add(position.marketValue().abs());
            }
        }
        String measured = sector + " would be " + RiskFigures.money(exposure) + " after the order, "
                + RiskFigures.percentOf(exposure, equity) + " of equity " + RiskFigures.money(equity);
        return exposure.compareTo(equity.multiply(maxExposure)) > 0
                ? CheckResult.reject(name(), measured + ", beyond risk.max_sector_exposure " + RiskFigures.limit(maxExposure))
                : CheckResult.pass(name(), measured + " (at most " + RiskFigures.limit(maxExposure) + ")");
    }
}
