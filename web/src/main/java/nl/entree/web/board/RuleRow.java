package nl.entree.web.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One routing rule as a coordinator reads it: when it applies, and what it does. */
public record RuleRow(String id, String text, String when, String kind, Object organisation, Object caseType,
        Object priority, Object respondWithin) {

    @SuppressWarnings("unchecked")
    static List<RuleRow> of(Map<String, Object> ruleSet) {
        List<RuleRow> rows = new ArrayList<>();
        if (!(ruleSet.get("document") instanceof Map<?, ?> document)
                || !(document.get("rules") instanceof List<?> rules)) {
            return rows;
        }
        for (Object r : rules) {
            if (r instanceof Map<?, ?> rule) {
                Map<String, Object> effect = rule.get("effect") instanceof Map<?, ?> e ? (Map<String, Object>) e : Map.of();
                rows.add(new RuleRow(String.valueOf(rule.get("id")), (String) rule.get("text"), when(rule.get("when")),
                        String.valueOf(effect.get("kind")), effect.get("organisation"), effect.get("caseType"),
                        effect.get("priority"), effect.get("respondWithin")));
            }
        }
        return rows;
    }

    /** {@code {"allOf":[{"setting":["HOME"]},…]}} reads as {@code setting: HOME and …}. */
    static String when(Object condition) {
        if (condition instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                switch (key) {
                    case "allOf" -> parts.add(join(e.getValue(), " and "));
                    case "anyOf" -> parts.add(join(e.getValue(), " or "));
                    case "not" -> parts.add("not (" + when(e.getValue()) + ")");
                    default -> parts.add(key + ": " + values(e.getValue()));
                }
            }
            return String.join(" and ", parts);
        }
        return condition == null ? "always" : condition.toString();
    }

    private static String join(Object list, String separator) {
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

    private static String values(Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(String.valueOf(v)));
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }
}
