package io.kairos.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.kairos.KairosException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads jollyday's NYSE holiday file (holidays/Holidays_nyse.xml) and names each closure in
 * operator words. This is the raw base: {@link NyseHolidayCorrections} fixes what it gets wrong.
 */
final class JollydayNyseHolidays {

    /**
     * Our names for jollyday's holiday keys. Names are ours, not jollyday's descriptions, so they do
     * not depend on the default locale and use American spelling ("Labor Day", not "Labour day").
     */
    private static final Map<String, String> NAME_BY_KEY = Map.ofEntries(
            Map.entry("NEW_YEAR", "New Year's Day"),
            Map.entry("MARTIN_LUTHER_KING", "Martin Luther King, Jr. Day"),
            Map.entry("WASHINGTONS_BIRTHDAY", "Washington's Birthday (Presidents' Day)"),
            Map.entry("christian.GOOD_FRIDAY", "Good Friday"),
            Map.entry("MEMORIAL_DAY", "Memorial Day"),
            Map.entry("JUNETEENTH", "Juneteenth National Independence Day"),
            Map.entry("INDEPENDENCE_DAY", "Independence Day"),
            Map.entry("LABOUR_DAY", "Labor Day"),
            Map.entry("THANKSGIVING", "Thanksgiving Day"),
            Map.entry("CHRISTMAS", "Christmas Day"),
            Map.entry("SEPTEMBER_11_ATTACKS", "September 11 attacks"),
            Map.entry("FUNERAL_OF_PRESIDENT_REAGAN", "National day of mourning for former President Reagan"),
            Map.entry("REMEMBERANCE_OF_PRESIDENT_FORD", "National day of mourning for former President Ford"),
            Map.entry("HURRICANE_SANDY", "Hurricane Sandy"),
            Map.entry("NATIONAL_DAY_OF_MOURNING_BUSH",
                    "National day of mourning for former President George H. W. Bush"),
            Map.entry("NATIONAL_DAY_OF_MOURNING_CARTER", "National day of mourning for former President Carter"));

    private JollydayNyseHolidays() {
    }

    /** The holidays jollyday lists from first to last, by the date the exchange closes (the observed date). */
    static Map<LocalDate, String> load(LocalDate first, LocalDate last) {
        HolidayManager nyse = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NYSE));
        Map<LocalDate, String> closures = new TreeMap<>();
        for (Holiday holiday : nyse.getHolidays(first, last)) {
            closures.put(holiday.getDate(), nameOf(holiday));
        }
        return closures;
    }

    private static String nameOf(Holiday holiday) {
        String name = NAME_BY_KEY.get(holiday.getPropertiesKey());
        if (name == null) {
            // A jollyday upgrade added a closure nobody has checked against the NYSE's own history.
            throw KairosException.failure("jollyday's NYSE calendar lists a holiday this calendar has not reviewed: "
                    + holiday.getPropertiesKey() + " on " + holiday.getDate()
                    + "; check it against the NYSE's closings and name it in JollydayNyseHolidays");
        }
        boolean moved = !holiday.getDate().equals(holiday.getActualDate());
        return moved ? name + " (observed)" : name;
    }
}
