package nl.entree.web.board;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.web.i18n.Msg;
import nl.entree.web.i18n.ServiceTexts;

/**
 * One routing rule as a coordinator reads it, in words: "Verkrachting, Aanranding of Seksueel misbruik en minder dan 7
 * dagen geleden" → "CSG leidt: CSG acuut, Acuut", "binnen 1 uur". Never the codes of the rule document.
 */
public record RuleRow(String id, String text, String when, String effect, String within) {

    public static List<RuleRow> of(JsonNode document, Msg msg, boolean dutch) {
        List<RuleRow> rows = new ArrayList<>();
        if (document == null || !document.path("rules").isArray()) {
            return rows;
        }
        for (JsonNode rule : document.path("rules")) {
            if (rule.isObject()) {
                JsonNode effect = rule.path("effect");
                String text = dutch && rule.path("textNl").isTextual() ? rule.path("textNl").asText()
                        : rule.path("text").isTextual()
                                ? (dutch ? ServiceTexts.dutch(rule.path("text").asText()) : rule.path("text").asText())
                                : "";
                rows.add(new RuleRow(text(rule.get("id")), text, new Words(msg).when(rule.get("when")),
                        effect(effect, msg), within(effect.get("respondWithin"), msg)));
            }
        }
        return rows;
    }

    /** A value as the rule document writes it; {@code "null"} for a missing one, as before. */
    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.isTextual() ? value.asText() : value.toString();
    }

    private static String effect(JsonNode effect, Msg msg) {
        String org = present(effect.get("organisation")) ? text(effect.get("organisation")) : "";
        if (!"LEAD".equals(effect.path("kind").asText(null))) {
            return msg.rule_supports(org);
        }
        List<String> parts = new ArrayList<>();
        if (present(effect.get("caseType"))) {
            parts.add(msg.case_type(text(effect.get("caseType"))));
        }
        if (present(effect.get("priority"))) {
            parts.add(msg.priority(text(effect.get("priority"))));
        }
        return msg.rule_leads(org, String.join(", ", parts));
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull();
    }

    /**
     * "PT1H" reads as "binnen 1 uur", "P5D" as "binnen 5 dagen". As triage runs them: a term written in days counts
     * Dutch calendar days, one written in hours exact hours, so "PT48H" is "binnen 48 uur", never "2 dagen", which
     * is an hour more or less across a change of the clocks.
     */
    static String within(JsonNode iso, Msg msg) {
        if (!present(iso)) {
            return "";
        }
        String written = text(iso);
        try {
            Duration d = Duration.parse(written);
            String upper = written.toUpperCase(Locale.ROOT);
            int time = upper.indexOf('T');
            String datePart = time < 0 ? upper : upper.substring(0, time);
            long days = datePart.endsWith("D") ? Duration.parse(datePart).toDays() : 0;
            if (days > 0) {
                Duration rest = d.minusDays(days);
                return rest.isZero() ? msg.within_days(days)
                        : rest.toMinutes() % 60 == 0 ? msg.within_days_and_hours(days, rest.toHours())
                        : msg.within_days_and_minutes(days, rest.toMinutes());
            }
            return d.toMinutes() % 60 == 0 ? msg.within_hours(d.toHours()) : msg.within_minutes(d.toMinutes());
        } catch (DateTimeParseException e) {
            return written;
        }
    }

    /** A rule's condition, {@code {"allOf":[{"setting":["HOME"]},…]}}, in the words of the form. */
    private record Words(Msg msg) {

        String when(JsonNode condition) {
            if (condition == null || condition.isNull()) {
                return msg.rule_always();
            }
            if (!condition.isObject()) {
                return text(condition);
            }
            List<String> parts = new ArrayList<>();
            condition.fields().forEachRemaining(e -> {
                String key = e.getKey();
                switch (key) {
                    case "allOf" -> parts.add(join(e.getValue(), " " + msg.rule_and() + " "));
                    case "anyOf" -> parts.add(join(e.getValue(), " " + msg.rule_or() + " "));
                    case "not" -> parts.add(msg.rule_not(when(e.getValue())));
                    default -> parts.add(field(key, e.getValue()));
                }
            });
            return String.join(" " + msg.rule_and() + " ", parts);
        }

        private String join(JsonNode list, String separator) {
            if (!list.isArray()) {
                return when(list);
            }
            List<String> parts = new ArrayList<>();
            for (JsonNode item : list) {
                String part = when(item);
                parts.add(item.isObject() && item.size() == 1 && (item.has("allOf") || item.has("anyOf"))
                        ? "(" + part + ")" : part);
            }
            return String.join(separator, parts);
        }

        private String field(String key, JsonNode value) {
            List<String> names = new ArrayList<>();
            for (JsonNode v : value.isArray() ? value : List.of(value)) {
                String code = text(v);
                names.add(switch (key) {
                    case "incidentTypes" -> msg.incident(code);
                    case "timeSinceIncident" -> msg.time_since(code).toLowerCase(java.util.Locale.ROOT);
                    case "setting" -> msg.setting(code);
                    case "victimAgeGroup" -> msg.age(code);
                    case "needs" -> msg.need(code);
                    case "channel" -> msg.channel(code);
                    case "callerRole" -> msg.caller(code);
                    default -> code;
                });
            }
            String listed = names.size() < 2 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " " + msg.rule_or() + " "
                            + names.get(names.size() - 1);
            return switch (key) {
                case "incidentTypes", "timeSinceIncident" -> listed;
                default -> msg.rule_field(key) + ": " + listed;
            };
        }
    }
}
