package nl.entree.triage.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.common.problem.Problem;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;

/**
 * Reads a rule-set document, checks all of it, and compiles it. Every error is collected with its JSON
 * path, so that whoever publishes a rule set sees everything that is wrong at once.
 */
public final class RuleSetCompiler {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("description", "emergency", "unknownTiming", "review",
            "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "text", "textNl", "when", "effect");
    private static final Set<String> LEAD_FIELDS = Set.of("kind", "organisation", "caseType", "priority",
            "respondWithin", "overrides");
    private static final Set<String> SUPPORTING_FIELDS = Set.of("kind", "organisation");
    private static final Set<String> OVERRIDE_FIELDS = Set.of("when", "priority", "respondWithin", "text", "textNl");
    private static final Set<String> REVIEW_FIELDS = Set.of("text", "textNl", "priority", "respondWithin");
    private static final Set<String> EMERGENCY_FIELDS = Set.of("text", "textNl", "respondWithin");
    private static final Set<String> UNKNOWN_TIMING_FIELDS = Set.of("text", "textNl");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_TEXT = 500;
    /*
     * Limits on the work one document may cause, far above what a real rule set needs (the default one nests
     * 3 deep, holds 33 conditions and takes a few hundred steps to check). A nested allOf/anyOf expands
     * exponentially, so without them a 9 KB document kept a CPU busy for seconds per publish.
     */
    static final int MAX_DEPTH = 8;
    static final int MAX_CONDITIONS = 500;
    static final long CHECK_STEPS = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Problem.Violation> errors = new ArrayList<>();
    private final Satisfiability satisfiability = new Satisfiability(CHECK_STEPS);
    private boolean outOfSteps;
    private int conditions;

    private RuleSetCompiler() {
    }

    /** The compiled rule set, or every error found. */
    public static CompiledRuleSet compile(JsonNode document, int version) {
        RuleSetCompiler compiler = new RuleSetCompiler();
        CompiledRuleSet compiled = compiler.document(document, version);
        if (!compiler.errors.isEmpty()) {
            throw new InvalidRuleSetException(compiler.errors);
        }
        return compiled;
    }

    public static CompiledRuleSet compile(String document, int version) {
        return compile(parse(document), version);
    }

    public static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleSetException(List.of(new Problem.Violation("body", "is not well-formed JSON")));
        }
    }

    private CompiledRuleSet document(JsonNode doc, int version) {
        if (doc == null || !doc.isObject()) {
            error("body", "must be a JSON object");
            return null;
        }
        onlyFields(doc, "", DOCUMENT_FIELDS);
        if (doc.has("description") && !doc.get("description").isTextual()) {
            error("description", "must be text");
        }
        CompiledRuleSet.Emergency emergency = emergency(doc.get("emergency"));
        CompiledRuleSet.Rationale unknownTiming = unknownTiming(doc.get("unknownTiming"));
        CompiledRuleSet.Review review = review(doc.get("review"));

        List<CompiledRuleSet.LeadRule> leads = new ArrayList<>();
        List<CompiledRuleSet.SupportingRule> supporting = new ArrayList<>();
        JsonNode rules = doc.get("rules");
        if (rules == null || rules.isNull()) {
            error("rules", "is required");
        } else if (!rules.isArray()) {
            error("rules", "must be an array");
        } else if (rules.isEmpty()) {
            error("rules", "must hold at least one rule");
        } else {
            Set<String> ids = new HashSet<>();
            List<Condition> earlierLeads = new ArrayList<>();
            List<String> earlierLeadIds = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                rule(rules.get(i), "rules[" + i + "]", ids, leads, supporting, earlierLeads, earlierLeadIds);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new CompiledRuleSet(version, leads, supporting, review, emergency, unknownTiming);
    }

    private void rule(JsonNode rule, String path, Set<String> ids, List<CompiledRuleSet.LeadRule> leads,
            List<CompiledRuleSet.SupportingRule> supporting, List<Condition> earlierLeads, List<String> earlierLeadIds) {
        if (!rule.isObject()) {
            error(path, "must be an object");
            return;
        }
        int before = errors.size();
        onlyFields(rule, path, RULE_FIELDS);
        String id = requiredText(rule, path, "id", 64);
        if (id != null) {
            if (!RULE_ID.matcher(id).matches()) {
                error(path + ".id", "must be lower-case letters, digits and hyphens");
            } else if (id.equals(CompiledRuleSet.REVIEW_RULE_ID)) {
                error(path + ".id", "'review' is reserved for the review rule");
            } else if (!ids.add(id)) {
                error(path + ".id", "is used by an earlier rule");
            }
        }
        CompiledRuleSet.Rationale text = rationale(rule, path);
        JsonNode whenNode = rule.get("when");
        Condition when = whenNode == null ? new Condition.Always() : condition(whenNode, path + ".when");

        JsonNode effect = rule.get("effect");
        String effectPath = path + ".effect";
        if (effect == null || effect.isNull()) {
            error(effectPath, "is required");
            return;
        }
        if (!effect.isObject()) {
            error(effectPath, "must be an object");
            return;
        }
        String kind = requiredText(effect, effectPath, "kind", 20);
        if (kind == null) {
            return;
        }
        switch (kind) {
            case "LEAD" -> {
                onlyFields(effect, effectPath, LEAD_FIELDS);
                Organisation organisation = requiredEnum(effect, effectPath, "organisation", Organisation.class);
                CaseType caseType = requiredEnum(effect, effectPath, "caseType", CaseType.class);
                if (organisation != null && caseType != null && caseType.organisation() != organisation) {
                    error(effectPath + ".caseType", "belongs to " + caseType.organisation() + ", not to the lead "
                            + organisation);
                }
                Priority priority = rulePriority(effect, effectPath);
                Duration within = duration(effect, effectPath, "respondWithin");
                List<CompiledRuleSet.PriorityOverride> overrides = overrides(effect.get("overrides"),
                        effectPath + ".overrides", when);
                if (errors.size() > before || when == null) {
                    return;
                }
                neverMatches(when, path, earlierLeads, earlierLeadIds);
                earlierLeads.add(when);
                earlierLeadIds.add(id);
                leads.add(new CompiledRuleSet.LeadRule(id, text, when, organisation, caseType, priority, within,
                        overrides));
            }
            case "SUPPORTING" -> {
                onlyFields(effect, effectPath, SUPPORTING_FIELDS);
                Organisation organisation = requiredEnum(effect, effectPath, "organisation", Organisation.class);
                if (errors.size() > before || when == null) {
                    return;
                }
                if (provenNever(path + ".when", () -> satisfiability.satisfiable(when))) {
                    error(path + ".when", "can never match");
                }
                supporting.add(new CompiledRuleSet.SupportingRule(id, text, when, organisation));
            }
            default -> error(effectPath + ".kind", "must be one of [LEAD, SUPPORTING]");
        }
    }

    private void neverMatches(Condition when, String path, List<Condition> earlier, List<String> earlierIds) {
        if (provenNever(path + ".when", () -> satisfiability.satisfiable(when))) {
            error(path + ".when", "can never match");
            return;
        }
        if (!earlier.isEmpty()
                && provenNever(path + ".when", () -> satisfiability.satisfiableAfter(when, earlier))) {
            error(path + ".when", "can never match: every assessment it matches is taken by an earlier lead rule ("
                    + String.join(", ", earlierIds) + ")");
        }
    }

    private List<CompiledRuleSet.PriorityOverride> overrides(JsonNode node, String path, Condition ruleWhen) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error(path, "must be an array");
            return List.of();
        }
        List<CompiledRuleSet.PriorityOverride> overrides = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode o = node.get(i);
            String p = path + "[" + i + "]";
            if (!o.isObject()) {
                error(p, "must be an object");
                continue;
            }
            int before = errors.size();
            onlyFields(o, p, OVERRIDE_FIELDS);
            JsonNode whenNode = o.get("when");
            Condition when = null;
            if (whenNode == null || whenNode.isNull()) {
                error(p + ".when", "is required");
            } else {
                when = condition(whenNode, p + ".when");
            }
            Priority priority = rulePriority(o, p);
            Duration within = duration(o, p, "respondWithin");
            CompiledRuleSet.Rationale text = rationale(o, p);
            if (errors.size() > before || when == null) {
                continue;
            }
            Condition both = new Condition.AllOf(new Condition[] {ruleWhen, when});
            if (ruleWhen != null && provenNever(p + ".when", () -> satisfiability.satisfiable(both))) {
                error(p + ".when", "can never match together with the rule's own condition");
            }
            overrides.add(new CompiledRuleSet.PriorityOverride(when, priority, within, text));
        }
        return overrides;
    }

    /**
     * True when the check proves that nothing can match. When the document's budget of steps runs out, the
     * condition where it ran out is named and every later check is skipped: the document is refused anyway.
     */
    private boolean provenNever(String path, Supplier<Optional<Boolean>> check) {
        if (outOfSteps) {
            return false;
        }
        try {
            return check.get().orElse(true).equals(false);
        } catch (Satisfiability.OutOfSteps e) {
            outOfSteps = true;
            error(path, "is too complex to check: checking the rule set up to here took more than "
                    + satisfiability.budget() + " steps; use fewer nested allOf/anyOf");
            return false;
        }
    }

    private Condition condition(JsonNode node, String path) {
        return condition(node, path, 1);
    }

    private Condition condition(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            error(path, "nests conditions more than " + MAX_DEPTH + " levels deep");
            return null;
        }
        if (++conditions == MAX_CONDITIONS + 1) {
            error(path, "is one condition too many: a rule set holds at most " + MAX_CONDITIONS + " conditions");
        }
        if (conditions > MAX_CONDITIONS) {
            // Reported once, where the limit was crossed; a null condition skips the rule's other checks.
            return null;
        }
        if (!node.isObject()) {
            error(path, "must be an object");
            return null;
        }
        if (node.size() != 1) {
            error(path, "must have exactly one of allOf, anyOf, not, incidentTypes, setting, timeSinceIncident, "
                    + "victimAgeGroup, needs, channel, callerRole");
            return null;
        }
        Map.Entry<String, JsonNode> entry = node.fields().next();
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        String p = path + "." + key;
        switch (key) {
            case "allOf", "anyOf" -> {
                if (!value.isArray()) {
                    error(p, "must be an array of conditions");
                    return null;
                }
                if (value.isEmpty()) {
                    error(p, "must list at least one condition; an empty " + key + " can never match");
                    return null;
                }
                Condition[] parts = new Condition[value.size()];
                boolean ok = true;
                for (int i = 0; i < value.size(); i++) {
                    parts[i] = condition(value.get(i), p + "[" + i + "]", depth + 1);
                    ok &= parts[i] != null;
                }
                if (!ok) {
                    return null;
                }
                if (parts.length == 1) {
                    return parts[0];
                }
                return key.equals("allOf") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
            }
            case "not" -> {
                Condition inner = condition(value, p, depth + 1);
                return inner == null ? null : new Condition.Not(inner);
            }
            default -> {
                Field field = Field.byJsonName(key);
                if (field == null) {
                    error(p, "unknown field");
                    return null;
                }
                return values(field, value, p);
            }
        }
    }

    private Condition values(Field field, JsonNode value, String path) {
        if (!value.isArray()) {
            error(path, "must be an array of values");
            return null;
        }
        if (value.isEmpty()) {
            error(path, "must list at least one value; an empty list can never match");
            return null;
        }
        long bits = 0L;
        boolean ok = true;
        Enum<?>[] constants = field.constants();
        for (int i = 0; i < value.size(); i++) {
            JsonNode v = value.get(i);
            Enum<?> match = null;
            if (v.isTextual()) {
                for (Enum<?> c : constants) {
                    if (c.name().equals(v.asText())) {
                        match = c;
                    }
                }
            }
            if (match == null) {
                error(path + "[" + i + "]", "must be one of " + java.util.Arrays.toString(constants));
                ok = false;
            } else {
                bits |= 1L << match.ordinal();
            }
        }
        return ok ? new Condition.AnyValue(field, bits) : null;
    }

    private CompiledRuleSet.Emergency emergency(JsonNode node) {
        if (!requiredObject(node, "emergency")) {
            return null;
        }
        onlyFields(node, "emergency", EMERGENCY_FIELDS);
        return new CompiledRuleSet.Emergency(rationale(node, "emergency"),
                duration(node, "emergency", "respondWithin"));
    }

    private CompiledRuleSet.Rationale unknownTiming(JsonNode node) {
        if (!requiredObject(node, "unknownTiming")) {
            return null;
        }
        onlyFields(node, "unknownTiming", UNKNOWN_TIMING_FIELDS);
        return rationale(node, "unknownTiming");
    }

    private CompiledRuleSet.Review review(JsonNode node) {
        if (!requiredObject(node, "review")) {
            return null;
        }
        onlyFields(node, "review", REVIEW_FIELDS);
        return new CompiledRuleSet.Review(rationale(node, "review"), rulePriority(node, "review"),
                duration(node, "review", "respondWithin"));
    }

    /** Every rationale in both languages, so that professionals and the public front door read their own. */
    private CompiledRuleSet.Rationale rationale(JsonNode node, String path) {
        String en = requiredText(node, path, "text", MAX_TEXT);
        String nl = requiredText(node, path, "textNl", MAX_TEXT);
        return en == null || nl == null ? null : new CompiledRuleSet.Rationale(en, nl);
    }

    private boolean requiredObject(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            error(path, "is required");
            return false;
        }
        if (!node.isObject()) {
            error(path, "must be an object");
            return false;
        }
        return true;
    }

    private Priority rulePriority(JsonNode node, String path) {
        Priority priority = requiredEnum(node, path, "priority", Priority.class);
        if (priority == Priority.EMERGENCY) {
            error(path + ".priority", "EMERGENCY is set by immediate danger only, not by a rule");
            return null;
        }
        return priority;
    }

    private Duration duration(JsonNode node, String path, String name) {
        String text = requiredText(node, path, name, 40);
        if (text == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.isZero()) {
                error(join(path, name), "must be a positive duration");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            error(join(path, name), "must be an ISO-8601 duration such as PT1H or P5D");
            return null;
        }
    }

    private <E extends Enum<E>> E requiredEnum(JsonNode node, String path, String name, Class<E> type) {
        String text = requiredText(node, path, name, 64);
        if (text == null) {
            return null;
        }
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(text)) {
                return c;
            }
        }
        error(join(path, name), "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private String requiredText(JsonNode node, String path, String name, int max) {
        JsonNode value = node.get(name);
        String p = join(path, name);
        if (value == null || value.isNull()) {
            error(p, "is required");
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            error(p, "must be non-empty text");
            return null;
        }
        if (value.asText().length() > max) {
            error(p, "must be at most " + max + " characters");
            return null;
        }
        return value.asText();
    }

    private void onlyFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(join(path, name), "unknown field");
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void error(String field, String message) {
        errors.add(new Problem.Violation(field, message));
    }
}
