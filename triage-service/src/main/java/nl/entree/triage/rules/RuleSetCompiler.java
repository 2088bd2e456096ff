package nl.entree.triage.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.common.json.NoNulCharacters;
import nl.entree.common.problem.Problem;
import nl.entree.common.vocabulary.Priority;
import nl.entree.triage.rules.RuleSetDocument.Lead;
import nl.entree.triage.rules.RuleSetDocument.Rule;
import nl.entree.triage.rules.RuleSetDocument.Supporting;

/**
 * Reads a rule-set document, checks all of it, and compiles it. Every error is collected with its JSON
 * path, so that whoever publishes a rule set sees everything that is wrong at once: first what {@link RuleSetBinding}
 * finds while it binds the document to records and validates them, then what needs the whole document: unique ids,
 * a case type of its lead, and rules that can never match.
 *
 * <p>Conditions ({@code when}) stay JSON trees that this class reads itself. A condition is an object whose one key
 * is {@code allOf}, {@code anyOf}, {@code not} or the name of an assessment field, and it nests to any depth: as
 * records it would need a type per field name and a deserializer of its own anyway. Read here, it compiles straight
 * into bit tests, and its depth and number are counted as it goes, so that a limit names the condition that
 * crosses it.
 */
public final class RuleSetCompiler {

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
    private final Set<String> ids = new HashSet<>();
    private final List<CompiledRuleSet.LeadRule> leads = new ArrayList<>();
    private final List<CompiledRuleSet.SupportingRule> supporting = new ArrayList<>();
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

    private CompiledRuleSet document(JsonNode node, int version) {
        if (node == null || !node.isObject()) {
            error("body", "must be a JSON object");
            return null;
        }
        nulCharacters(node, "");
        if (!errors.isEmpty()) {
            return null;
        }
        RuleSetDocument doc = RuleSetBinding.read(node, errors);
        if (doc == null) {
            return null;
        }
        notEmergency(doc.review() == null ? null : doc.review().priority(), "review.priority");
        List<Rule> rules = doc.rules() == null ? List.of() : doc.rules();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) != null) {
                rule(rules.get(i), "rules[" + i + "]");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        RuleSetDocument.Review review = doc.review();
        return new CompiledRuleSet(version, leads, supporting,
                new CompiledRuleSet.Review(rationale(review.text(), review.textNl()), review.priority(),
                        review.respondWithin()),
                new CompiledRuleSet.Emergency(rationale(doc.emergency().text(), doc.emergency().textNl()),
                        doc.emergency().respondWithin()),
                rationale(doc.unknownTiming().text(), doc.unknownTiming().textNl()));
    }

    /**
     * The document is stored as jsonb, which holds no NUL character (U+0000), in a text or a name: refused here with
     * its path, since the document is read as a tree and common's check of every bound text does not see it.
     */
    private void nulCharacters(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf(0) >= 0) {
            error(path, NoNulCharacters.NUL);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nulCharacters(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().indexOf(0) >= 0) {
                    error(path.isEmpty() ? "body" : path, NoNulCharacters.NUL);
                } else {
                    nulCharacters(field.getValue(), at);
                }
            });
        }
    }

    private void rule(Rule rule, String path) {
        if (clean(path + ".id")) {
            if (rule.id().equals(CompiledRuleSet.REVIEW_RULE_ID)) {
                error(path + ".id", "'review' is reserved for the review rule");
            } else if (!ids.add(rule.id())) {
                error(path + ".id", "is used by an earlier rule");
            }
        }
        Condition when = rule.when() == null ? new Condition.Always() : condition(rule.when(), path + ".when");
        CompiledRuleSet.Rationale text = rationale(rule.text(), rule.textNl());
        String effectPath = path + ".effect";
        if (rule.effect() instanceof Lead lead) {
            if (lead.organisation() != null && lead.caseType() != null
                    && lead.caseType().organisation() != lead.organisation()) {
                error(effectPath + ".caseType", "belongs to " + lead.caseType().organisation() + ", not to the lead "
                        + lead.organisation());
            }
            notEmergency(lead.priority(), effectPath + ".priority");
            List<CompiledRuleSet.PriorityOverride> overrides = overrides(lead.overrides(), effectPath + ".overrides",
                    when);
            if (!clean(path) || when == null) {
                return;
            }
            neverMatches(when, path);
            leads.add(new CompiledRuleSet.LeadRule(rule.id(), text, when, lead.organisation(), lead.caseType(),
                    lead.priority(), lead.respondWithin(), overrides));
        } else if (rule.effect() instanceof Supporting effect && clean(path) && when != null) {
            if (provenNever(path + ".when", () -> satisfiability.satisfiable(when))) {
                error(path + ".when", "can never match");
            }
            supporting.add(new CompiledRuleSet.SupportingRule(rule.id(), text, when, effect.organisation()));
        }
    }

    private void neverMatches(Condition when, String path) {
        List<Condition> earlier = leads.stream().map(CompiledRuleSet.LeadRule::when).toList();
        if (provenNever(path + ".when", () -> satisfiability.satisfiable(when))) {
            error(path + ".when", "can never match");
            return;
        }
        if (!earlier.isEmpty()
                && provenNever(path + ".when", () -> satisfiability.satisfiableAfter(when, earlier))) {
            error(path + ".when", "can never match: every assessment it matches is taken by an earlier lead rule ("
                    + String.join(", ", leads.stream().map(CompiledRuleSet.LeadRule::id).toList()) + ")");
        }
    }

    private List<CompiledRuleSet.PriorityOverride> overrides(List<RuleSetDocument.PriorityOverride> given,
            String path, Condition ruleWhen) {
        List<CompiledRuleSet.PriorityOverride> overrides = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RuleSetDocument.PriorityOverride o = given.get(i);
            String p = path + "[" + i + "]";
            if (o == null) {
                continue;
            }
            Condition when = o.when() == null ? null : condition(o.when(), p + ".when");
            notEmergency(o.priority(), p + ".priority");
            if (!clean(p) || when == null) {
                continue;
            }
            Condition both = new Condition.AllOf(new Condition[] {ruleWhen, when});
            if (ruleWhen != null && provenNever(p + ".when", () -> satisfiability.satisfiable(both))) {
                error(p + ".when", "can never match together with the rule's own condition");
            }
            overrides.add(new CompiledRuleSet.PriorityOverride(when, o.priority(), o.respondWithin(),
                    rationale(o.text(), o.textNl())));
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
                error(path + "[" + i + "]", "must be one of " + Arrays.toString(constants));
                ok = false;
            } else {
                bits |= 1L << match.ordinal();
            }
        }
        return ok ? new Condition.AnyValue(field, bits) : null;
    }

    /** Every rationale in both languages, so that professionals and the public front door read their own. */
    private static CompiledRuleSet.Rationale rationale(String en, String nl) {
        return new CompiledRuleSet.Rationale(en, nl);
    }

    private void notEmergency(Priority priority, String path) {
        if (priority == Priority.EMERGENCY) {
            error(path, "EMERGENCY is set by immediate danger only, not by a rule");
        }
    }

    /** True when no error has been found at the path or inside it. */
    private boolean clean(String path) {
        return RuleSetBinding.clean(errors, path);
    }

    private void error(String field, String message) {
        errors.add(new Problem.Violation(field, message));
    }
}
