package nl.entree.triage.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Version 1, the rule set of ARCHITECTURE.md, as the tests and the benchmark read it. The database's copy is frozen in
 * V2__default_rule_set.sql (with V7's Dutch); RuleSetOneTest keeps the two the same.
 */
public final class DefaultRuleSet {

    public static final int VERSION = 1;
    private static final String RESOURCE = "/nl/entree/triage/rules/default-rule-set.json";

    private DefaultRuleSet() {
    }

    public static String document() {
        try (InputStream in = DefaultRuleSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CompiledRuleSet compiled() {
        return RuleSetCompiler.compile(document(), VERSION);
    }
}
