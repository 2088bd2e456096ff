package nl.entree.web.board;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.entree.web.i18n.Msg;
import nl.entree.web.i18n.ServiceTexts;

/**
 * One routing rule as a coordinator reads it, in words: "Verkrachting, Aanranding of Seksueel misbruik en minder dan 7
 * dagen geleden" → "CSG leidt: CSG acuut, Acuut", "binnen 1 uur". Never the codes of the rule document.
 */
public record RuleRow(String id, String text, String when, String effect, String within) {

    @SuppressWarnings("unchecked")
    public static List<RuleRow> of(Map<String, Object> ruleSet, Msg msg, boolean dutch) {
        List<RuleRow> rows = new ArrayList<>();
        if (!(ruleSet.get("document") instanceof Map<?, ?> document)
                || !(document.get("rules") instanceof List<?> rules)) {
            return rows;
        }
        for (Object r : rules) {
            if (r instanceof Map<?, ?> rule) {
                Map<String, Object> effect = rule.get("effect") instanceof Map<?, ?> e ? (Map<String, Object>) e : Map.of();
                String text = dutch && rule.get("textNl") instanceof String nl ? nl
                        : rule.get("text") instanceof String t ? (dutch ? ServiceTexts.dutch(t) : t) : "";
                rows.add(new RuleRow(String.valueOf(rule.get("id")), text, new Words(msg).when(rule.get("when")),
                        effect(effect, msg), within(effect.get("respondWithin"), msg)));
            }
        }
        return rows;
    }

    private static String effect(Map<String, Object> effect, Msg msg) {
        String org = effect.get("organisation") == null ? "" : String.valueOf(effect.get("organisation"));
        if (!"LEAD".equals(effect.get("kind"))) {
            return msg.rule_supports(org);
        }
        List<String> parts = new ArrayList<>();
        if (effect.get("caseType") != null) {
            parts.add(msg.case_type(String.valueOf(effect.get("caseType"))));
        }
        if (effect.get("priority") != null) {
            parts.add(msg.priority(String.valueOf(effect.get("priority"))));
        }
        return msg.rule_leads(org, String.join(", ", parts));
    }

    /** "PT1H" reads as "binnen 1 uur", "P5D" as "binnen 5 dagen". */
    static String within(Object iso, Msg msg) {
        if (iso == null) {
            return "";
        }
        try {
            Duration d = Duration.parse(iso.toString());
            if (d.toHours() >= 48 && d.toHours() % 24 == 0 && d.toMinutesPart() == 0) {
                return msg.within_days(d.toDays());
            }
            if (d.toMinutes() % 60 == 0) {
                return msg.within_hours(d.toHours());
            }
            return msg.within_minutes(d.toMinutes());
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** A rule's condition, {@code {"allOf":[{"setting":["HOME"]},…]}}, in the words of the form. */
    private record Words(Msg msg) {

        String when(Object condition) {
            if (!(condition instanceof Map<?, ?> map)) {
                return condition == null ? msg.rule_always() : condition.toString();
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                switch (key) {
                    case "allOf" -> parts.add(join(e.getValue(), " " + msg.rule_and() + " "));
                    case "anyOf" -> parts.add(join(e.getValue(), " " + msg.rule_or() + " "));
                    case "not" -> parts.add(msg.rule_not(when(e.getValue())));
                    default -> parts.add(field(key, e.getValue()));
                }
            }
            return String.join(" " + msg.rule_and() + " ", parts);
        }

        private String join(Object list, String separator) {
            if (!(list instanceof List<?> items)) {
                return when(list);
            }
            List<String> parts = new ArrayList<>();
            for (Object item : items) {
                String part = when(item);
                parts.add(item instanceof Map<?, ?> m && m.size() == 1
                        && (m.containsKey("allOf") || m.containsKey("anyOf")) ? "(" + part + ")" : part);
            }
            return String.join(separator, parts);
        }

        private String field(String key, Object value) {
            List<String> names = new ArrayList<>();
            for (Object v : value instanceof List<?> l ? l : List.of(value)) {
                String code = String.valueOf(v);
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
                    : String.join(", ", names.subList(0, names.size() - 1)) + " " + msg.rule_or() + " " + names.get(names.size() - 1);
            return switch (key) {
                case "incidentTypes", "timeSinceIncident" -> listed;
                default -> msg.rule_field(key) + ": " + listed;
            };
        }
    }
}
