package nl.entree.forecast.language;

import nl.entree.common.problem.ProblemException;

/** The language of a report or chart made for people to read, asked for with {@code lang}: en (the default) or nl. */
public enum ReaderLanguage {
    EN, NL;

    public static ReaderLanguage of(String lang) {
        if (lang == null || lang.isBlank()) {
            return EN;
        }
        return switch (lang.strip()) {
            case "en" -> EN;
            case "nl" -> NL;
            default -> throw ProblemException.badRequest("lang", "must be en or nl");
        };
    }
}
