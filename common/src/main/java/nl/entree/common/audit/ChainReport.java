package nl.entree.common.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the audit trail is as it was written, and if not, where it stops being so. */
@Schema(name = "AuditChainReport")
public record ChainReport(boolean intact, long recordsChecked, BrokenLink firstBrokenLink) {

    /** The first record that does not follow from the one before it. */
    @Schema(name = "AuditBrokenLink")
    public record BrokenLink(long recordId, Instant at, String reason) {
    }

    static ChainReport intact(long checked) {
        return new ChainReport(true, checked, null);
    }

    static ChainReport broken(long checked, long recordId, Instant at, String reason) {
        return new ChainReport(false, checked, new BrokenLink(recordId, at, reason));
    }
}
