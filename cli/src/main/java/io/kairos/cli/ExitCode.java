package io.kairos.cli;

import io.kairos.KairosException;

/** The exit codes of DESIGN.md. */
final class ExitCode {

    static final int SUCCESS = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    /** Refused by a safety check: a blocked audit, not a rebalance day, a kill switch. */
    static final int REFUSED = 3;

    private ExitCode() {
    }

    static int of(KairosException.Kind kind) {
        return switch (kind) {
            case FAILURE -> FAILURE;
            case USAGE -> USAGE;
            case REFUSED -> REFUSED;
        };
    }
}
