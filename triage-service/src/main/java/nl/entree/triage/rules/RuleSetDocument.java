package nl.entree.triage.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;

/**
 * A rule-set document as published (docs/triage.md), bound by Jackson and checked by Bean Validation before
 * {@link RuleSetCompiler} compiles it. Conditions ({@code when}) stay JSON trees: see the compiler for why.
 * A missing value is reported as "is required" whichever constraint it breaks.
 */
record RuleSetDocument(
        String description,
        @NotNull @Valid Emergency emergency,
        @NotNull @Valid UnknownTiming unknownTiming,
        @NotNull @Valid Review review,
        @NotEmpty(message = "must hold at least one rule") List<@NotNull @Valid Rule> rules) {

    static final int MAX_TEXT = 500;

    /** What an immediate danger does to every decision. */
    record Emergency(@Text String text, @Text String textNl, @Within Term respondWithin) {
    }

    /** Added to the rationale when nobody knows when it happened. */
    record UnknownTiming(@Text String text, @Text String textNl) {
    }

    /** What happens when no lead rule matches. */
    record Review(@Text String text, @Text String textNl, @NotNull Priority priority,
            @Within Term respondWithin) {
    }

    record Rule(
            @NotBlank(message = "must be non-empty text")
            @Size(max = 64, message = "must be at most {max} characters")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
            String id,
            @Text String text,
            @Text String textNl,
            JsonNode when,
            @NotNull @Valid Effect effect) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Lead.class, name = "LEAD"),
        @JsonSubTypes.Type(value = Supporting.class, name = "SUPPORTING")})
    sealed interface Effect permits Lead, Supporting {
    }

    /** The first matching lead rule decides who leads, the case type, the priority and the time to respond. */
    record Lead(@NotNull Organisation organisation, @NotNull CaseType caseType, @NotNull Priority priority,
            @Within Term respondWithin, List<@NotNull @Valid PriorityOverride> overrides) implements Effect {

        Lead {
            overrides = overrides == null ? List.of() : overrides;
        }
    }

    /** Every matching supporting rule adds its organisation, unless it leads. */
    record Supporting(@NotNull Organisation organisation) implements Effect {
    }

    /** Within a lead rule, the first matching override sets another priority and time to respond. */
    record PriorityOverride(@NotNull JsonNode when, @NotNull Priority priority, @Within Term respondWithin,
            @Text String text, @Text String textNl) {
    }

    /** A rationale in one language: shown to professionals and at the front door. */
    @NotBlank(message = "must be non-empty text")
    @Size(max = MAX_TEXT, message = "must be at most {max} characters")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @interface Text {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * A time to respond: required, more than nothing, and at most 30 days. The longest first response the rules ask
     * is five days; "P5000D" for "P5D" would publish, activate and give new cases a deadline years away.
     */
    @NotNull
    @Constraint(validatedBy = WithinLimits.class)
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @interface Within {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * The limits on a term's length with a day as 24 hours, as when terms were durations; and no part that counts
     * back, since days on the calendar less exact hours could end before the term starts. Public for Hibernate
     * Validator, which makes it by reflection.
     */
    public static final class WithinLimits implements ConstraintValidator<Within, Term> {

        private static final Duration LONGEST = Duration.ofDays(30);

        @Override
        public boolean isValid(Term term, ConstraintValidatorContext context) {
            String refusal = term == null ? null : refusal(term);
            if (refusal != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(refusal).addConstraintViolation();
            }
            return refusal == null;
        }

        private static String refusal(Term term) {
            Duration length = term.length();
            if (length.isNegative() || length.isZero()) {
                return "must be a positive duration";
            }
            if (length.compareTo(LONGEST) > 0) {
                return "must be at most 30 days (P30D)";
            }
            return term.hasNegativePart() ? "must be a positive duration, without a negative part" : null;
        }
    }
}
