package nl.entree.intake.support;

import java.util.function.Supplier;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * The ways the triage stub fails a read that asks it who is involved in a case, with the answer the caller gets from
 * intake and the result the audit trail records for it.
 */
public enum TriageRefusal {

    /** Triage lets the token see no case. */
    FORBIDDEN(TriageStub.REFUSED_BY_TRIAGE, 403, "FORBIDDEN"),
    /** Triage no longer takes the token, as after a sign-out intake did not hear of. */
    SIGNED_OUT(TriageStub.SIGNED_OUT_AT_TRIAGE, 401, "FORBIDDEN"),
    /** Triage cannot answer: nothing is decided about the caller. */
    UNAVAILABLE("cm-while-triage-unavailable", 503, "REFUSED");

    /** The subject of the caller's token, and so the actor in the audit trail. */
    public final String subject;
    /** The status intake answers the caller with, as before this refusal was audited. */
    public final int status;
    public final String auditResult;

    TriageRefusal(String subject, int status, String auditResult) {
        this.subject = subject;
        this.status = status;
        this.auditResult = auditResult;
    }

    /** A casemanager of {@code org} whom triage treats this way. */
    public String token(Organisation org) {
        return Tokens.as("casemanager").org(org).subject(subject).sign();
    }

    /** Makes the request while triage fails it this way; the stub answers as usual again afterwards. */
    public <T> T during(Supplier<T> request) {
        if (this != UNAVAILABLE) {
            return request.get();
        }
        StubControl.mode("UNAVAILABLE");
        try {
            return request.get();
        } finally {
            StubControl.mode("UP");
        }
    }
}
