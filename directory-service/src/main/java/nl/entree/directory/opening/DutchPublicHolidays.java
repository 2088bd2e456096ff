package nl.entree.directory.opening;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The Dutch public holidays of the Algemene termijnenwet (article 3): New Year's Day, Easter Monday, Ascension Day,
 * Whit Monday, both Christmas days, King's Day and 5 May. A service with office hours is often closed then, but the
 * directory's facts rarely say so, so on these days such hours are unknown unless a dated exception says otherwise.
 * Written here because the maintained library for this (jollyday) is not served by the registry this build reaches,
 * and the rules are a short, fixed list plus the date of Easter.
 */
final class DutchPublicHolidays {

    private DutchPublicHolidays() {
    }

    static boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).contains(day);
    }

    static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return Set.of(LocalDate.of(year, Month.JANUARY, 1), easter.plusDays(1), easter.plusDays(39),
                easter.plusDays(50), kingsDay, LocalDate.of(year, Month.MAY, 5), LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Nature, 1876, as Meeus gives it). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
