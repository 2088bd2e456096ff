package nl.entree.web.cases;

import io.quarkus.qute.TemplateData;
import nl.entree.web.backend.ServiceRefusal;

/**
 * The two readings of a time web will not guess at, as the question names them: "1,25" is {@code hours:fraction}
 * ({@code asClock} minutes) or {@code hours,fraction} hours ({@code asHours} minutes). Both come from the digits
 * typed, so the question never offers a reading the user did not write.
 */
@TemplateData
public record AskedTime(int hours, String fraction, int asClock, int asHours) {

    static final String REASON = "ambiguous";

    /** The readings behind a field's refusal ({@code fmt:askedTime}), or null when it is no such refusal. */
    public static AskedTime of(String field, String message) {
        String typed = ServiceRefusal.refusedValue(field, REASON, message);
        return typed == null ? null : SpokenDuration.asked(typed).orElse(null);
    }
}
