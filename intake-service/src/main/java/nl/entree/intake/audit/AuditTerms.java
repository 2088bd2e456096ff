package nl.entree.intake.audit;

/** intake's words in the shared audit trail ({@code nl.entree.common.audit}): kinds of object, and what was done. */
public final class AuditTerms {

    public static final String CONTACT = "contact";
    public static final String CONTACT_DETAILS = "contact_details";
    public static final String OUTBOX_EVENT = "outbox-event";
    public static final String WEB_QUESTION = "web_question";

    public static final String CREATE = "CREATE";
    public static final String REPLAY = "REPLAY";
    public static final String READ = "READ";
    public static final String LIST = "LIST";
    /**
     * A search by client code: the code itself is never recorded, only that someone looked and what came of it, all
     * under one object id ({@code GET /api/audit?objectId=client-code-searches}).
     */
    public static final String SEARCH_CLIENT_CODE = "SEARCH_CLIENT_CODE";
    public static final String CLIENT_CODE_SEARCHES = "client-code-searches";
    public static final String ROUTE = "ROUTE";
    public static final String ERASE_DETAILS = "ERASE_DETAILS";
    public static final String ERASE_ON_REQUEST = "ERASE_ON_REQUEST";
    public static final String RETRY_DELIVERY = "RETRY_DELIVERY";
    public static final String REENCRYPT_DETAILS = "REENCRYPT_DETAILS";
    public static final String PICK_UP = "PICK_UP";
    public static final String ANSWER = "ANSWER";
    public static final String ERASE_QUESTION = "ERASE_QUESTION";
    public static final String REENCRYPT_QUESTION = "REENCRYPT_QUESTION";

    private AuditTerms() {
    }
}
