package io.kairos.features;

import java.time.LocalDate;

/** SQL literals for the queries of this package (dates only: nothing typed by a user is spliced in). */
final class Sql {

    private Sql() {
    }

    static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }
}
