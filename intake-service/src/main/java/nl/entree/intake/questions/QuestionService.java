package nl.entree.intake.questions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.web.IdempotencyKey;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.contacts.Contact;
import nl.entree.intake.contacts.ContactAccess;
import nl.entree.intake.contacts.ContactRequest;
import nl.entree.intake.contacts.ContactService;
import nl.entree.intake.contacts.ContactStatus;
import nl.entree.intake.crypto.FieldCipher;
import nl.entree.intake.crypto.UnreadableProblem;
import nl.entree.intake.idempotency.IdempotencyKeys;
import nl.entree.intake.idempotency.RequestHash;
import nl.entree.intake.retention.NightlyRuns;

/**
 * Anonymous questions from the public front door. Asking one registers an anonymous contact on channel
 * {@code WEB_QUESTION}, routed like any other; the question waits beside it, encrypted, for a casemanager of the lead
 * organisation to answer. Whoever holds the pickup code reads the answer.
 */
@ApplicationScoped
class QuestionService {

    private static final Logger LOG = Logger.getLogger(QuestionService.class);

    /** Whether a question is still waiting for its answer. */
    public enum State { OPEN, ANSWERED }

    /** The longest form key that still fits the key stored for it: the form's key, "/" and the question's hash. */
    static final int MAX_FORM_KEY = IdempotencyKeys.MAX_LENGTH - 1 - RequestHash.LENGTH;

    private final WebQuestionRepository questions;
    private final ContactService contacts;
    private final ContactAccess access;
    private final PickupCodes codes;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Caller caller;
    private final QuestionsConfig config;
    private final Clock clock;
    private final IdempotencyKeys keys;
    private final RequestHash hashes;
    private final NightlyRuns nightlyRuns;

    public QuestionService(WebQuestionRepository questions, ContactService contacts, ContactAccess access,
            PickupCodes codes, FieldCipher cipher, AuditTrail audit, Caller caller, QuestionsConfig config,
            Clock clock, IdempotencyKeys keys, RequestHash hashes, NightlyRuns nightlyRuns) {
        this.questions = questions;
        this.contacts = contacts;
        this.access = access;
        this.codes = codes;
        this.cipher = cipher;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
        this.keys = keys;
        this.hashes = hashes;
        this.nightlyRuns = nightlyRuns;
    }

    /**
     * Stores a question, or, for a form sent again with the same question (a double click, a retry after help gave
     * up waiting), the question that form stored. Only the hash of a code is kept, so the code cannot be given again:
     * the question gets a second code, and the first keeps working, since the person may hold either (the page they
     * saw first, or the one they saw last). A second code given before is replaced: it was for a page already gone.
     */
    @Transactional
    public QuestionReceipt ask(QuestionRequest request, String formKey) {
        String text = QuestionText.checked(request.question());
        if (formKey != null && formKey.length() > MAX_FORM_KEY) {
            throw ProblemException.badRequest(IdempotencyKey.HEADER,
                    "must be at most " + MAX_FORM_KEY + " characters for a question; a UUID fits");
        }
        String key = null;
        if (formKey != null) {
            String hash = hashes.of(request);
            // The form and the question together: a form sent back after its question was changed asks a new one.
            key = formKey + "/" + hash;
            Optional<IdempotencyKeys.Used> sent = keys.claim(IdempotencyKeys.FRONT_DOOR, key, hash);
            Optional<WebQuestion> earlier = sent.map(IdempotencyKeys.Used::contactId)
                    .flatMap(questions::lockedQuestion);
            if (earlier.isPresent()) {
                WebQuestion question = earlier.get();
                if (question.askedAt.plus(config.sentAgainWithin()).isBefore(Instant.now(clock))) {
                    ProblemException sentBefore = ProblemException.conflict("This form was sent before; the code "
                            + "shown then reads the answer. A new code is given only shortly after the question.");
                    audit.recordRefusal(AuditTerms.REPLAY, AuditTerms.WEB_QUESTION, question.contactId, sentBefore);
                    throw sentBefore;
                }
                String code = codes.next();
                question.resentPickupHash = codes.hash(code);
                audit.record(AuditTerms.REPLAY, AuditTerms.WEB_QUESTION, question.contactId, AuditResult.OK);
                return new QuestionReceipt(code, question.askedAt);
            }
        }
        Instant now = Instant.now(clock);
        Contact contact = contacts.registerFromTheFrontDoor(new ContactRequest(now, Channel.WEB_QUESTION,
                request.callerRole(), true, request.incidentTypes(), request.setting(), null,
                request.timeSinceIncident(), request.victimAgeGroup(), request.region(), Set.of(),
                request.immediateDanger(), false, null, null, null, null, null, null));
        String code = codes.next();
        WebQuestion question = new WebQuestion();
        question.contactId = contact.id;
        question.pickupHash = codes.hash(code);
        question.question = cipher.encrypt(text, WebQuestion.context(contact.id, "question"));
        question.askedAt = now;
        questions.persist(question);
        if (key != null) {
            keys.attach(IdempotencyKeys.FRONT_DOOR, key, contact.id);
        }
        return new QuestionReceipt(code, now);
    }

    /**
     * Empty for a code that fits no question: a wrong code, or one whose question was erased. A question or answer no
     * key opens is a 500 problem that says only that, the same whether the question was answered or not, and is
     * audited as refused without rolling back: the question shown without its answer would have the person wait for
     * one that may have been given, and a 404 would have them doubt the code they kept.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Optional<PickedUp> pickUp(String typedCode) {
        List<String> candidates = codes.candidates(typedCode);
        List<WebQuestion> found = questions.byPickupHashes(candidates);
        if (found.isEmpty() || !codes.wellFormed(typedCode)) {
            audit.record(AuditTerms.PICK_UP, AuditTerms.WEB_QUESTION, null, AuditResult.NOT_FOUND);
            return Optional.empty();
        }
        WebQuestion q = found.get(0);
        Texts texts = open(q).orElseThrow(
                () -> refused(AuditTerms.PICK_UP, q.contactId, UnreadableProblem.QUESTION_AT_PICKUP));
        audit.record(AuditTerms.PICK_UP, AuditTerms.WEB_QUESTION, q.contactId, AuditResult.OK);
        Instant due = q.answeredAt == null ? q.askedAt.plus(config.keepUnanswered())
                : q.answeredAt.plus(config.keepAnswered());
        // The night the job finds the term passed, not the day it passes: an answer given in the afternoon is
        // erased by the run of the night after its thirtieth day.
        LocalDate erasedOn = nightlyRuns.firstAfter(due).map(run -> run.atZone(DutchTime.ZONE).toLocalDate())
                .orElse(null);
        return Optional.of(new PickedUp(texts.question(), q.askedAt, texts.answer(), q.answeredAt, q.answeredBy,
                erasedOn, config.keepAnswered().toDays()));
    }

    /**
     * The questions routed to the caller's organisation, the most urgent open ones first; texts are left out. A list
     * that triage refuses (401, 403) or cannot answer (503) for one of its questions fails, and is audited for that
     * question without rolling back, as a list of contacts is.
     */
    @Transactional(dontRollbackOn = { ProblemException.class, AuthenticationFailedException.class })
    public QuestionPage list(State state, int page, int size) {
        Organisation org = casemanagersOrganisation();
        WebQuestionRepository.Page found = questions.ledBy(org, access.region().orElse(null), state == State.OPEN,
                page, size);
        List<QuestionView> items = new ArrayList<>();
        for (WebQuestionRepository.WithContact row : found.questions()) {
            if (leadsAudited(row.contact(), org, AuditTerms.LIST)) {
                // Opened only to mark what a read of it alone would refuse; lists leave the texts out.
                items.add(view(row.question(), row.contact(), null, null, open(row.question()).isEmpty()));
            }
        }
        // After triage's answers, as a contact list does: the audit chain's lock is held until commit.
        access.recordRoutingNoticed();
        audit.recordEach(AuditTerms.LIST, AuditTerms.WEB_QUESTION,
                items.stream().map(QuestionView::contactId).toList(), AuditResult.OK);
        // As a contact list: a question whose case triage moved since the last routing pull is not counted.
        long hidden = found.questions().size() - items.size();
        return new QuestionPage(items, page, size, found.total() - hidden);
    }

    /**
     * Empty when there is no such question, or the caller's organisation does not lead its case now. A question or
     * answer no key opens is a 500 problem, audited as refused: a single read is asked for to see the texts, and an
     * answer without them could be shown as a question nobody answered. The refusal does not roll back, so that its
     * audit record, and a routing change the read of the case brought, are kept; nor does a 401, 403 or 503 from
     * asking triage who leads, audited as such.
     */
    @Transactional(dontRollbackOn = { ProblemException.class, AuthenticationFailedException.class })
    public Optional<QuestionView> find(UUID contactId) {
        Organisation org = casemanagersOrganisation();
        Optional<WebQuestionRepository.WithContact> found = questions.withContact(contactId);
        WebQuestion q = found.map(WebQuestionRepository.WithContact::question).orElse(null);
        Contact c = found.map(WebQuestionRepository.WithContact::contact).orElse(null);
        boolean led = c != null && leadsAudited(c, org, AuditTerms.READ);
        access.recordRoutingNoticed();
        if (!led) {
            audit.record(AuditTerms.READ, AuditTerms.WEB_QUESTION, contactId, AuditResult.NOT_FOUND);
            return Optional.empty();
        }
        Texts texts = open(q).orElseThrow(() -> refused(AuditTerms.READ, contactId, UnreadableProblem.QUESTION));
        audit.record(AuditTerms.READ, AuditTerms.WEB_QUESTION, contactId, AuditResult.OK);
        return Optional.of(view(q, c, texts.question(), texts.answer(), false));
    }

    /**
     * An answer is final once given: the person may already have read it. Triage is asked who leads before anything
     * is locked: it may take seconds to answer, and a lock held meanwhile would hold up an erasure of this contact,
     * and the nightly retention behind it. So the answer is written only to a question that is still open then: one
     * answered meanwhile, also by a second answer given at once, is refused as answered, and one erased meanwhile is
     * not found. A refusal is audited in this transaction, without rolling back: asking triage may have changed the
     * contact's routing, audited here as well, and a refusal audited in a transaction of its own would wait for this
     * one's hold on the audit chain until the lock timed out. A question no key opens is not answered, and that is
     * refused in the same way: its casemanager cannot have read it, and its person could not read the answer. So is
     * an answer that triage refuses (401, 403) or cannot be asked about (503), before anything is written.
     */
    @Transactional(dontRollbackOn = { ProblemException.class, AuthenticationFailedException.class })
    public Optional<QuestionView> answer(UUID contactId, AnswerRequest request) {
        Organisation org = casemanagersOrganisation();
        // Plain reads take no row locks, so the transaction holds none while it waits for triage.
        Optional<WebQuestionRepository.WithContact> found = questions.withContact(contactId);
        WebQuestion q = found.map(WebQuestionRepository.WithContact::question).orElse(null);
        Contact c = found.map(WebQuestionRepository.WithContact::contact).orElse(null);
        boolean led = c != null && leadsAudited(c, org, AuditTerms.ANSWER);
        Optional<Texts> texts = led && q.answeredAt == null ? open(q) : Optional.empty();
        String answer = request.answer().strip();
        Instant answeredAt = Instant.now(clock);
        WebQuestionRepository.Answering given = texts.isEmpty() ? null : give(contactId, answer, answeredAt, org);
        access.recordRoutingNoticed();
        if (!led || given == WebQuestionRepository.Answering.GONE) {
            audit.record(AuditTerms.ANSWER, AuditTerms.WEB_QUESTION, contactId, AuditResult.NOT_FOUND);
            return Optional.empty();
        }
        if (q.answeredAt != null || given == WebQuestionRepository.Answering.ANSWERED_BEFORE) {
            ProblemException refusal = ProblemException.conflict(
                    "This question has been answered already, and the answer may have been read.");
            audit.record(AuditTerms.ANSWER, AuditTerms.WEB_QUESTION, contactId, AuditResult.of(refusal));
            throw refusal;
        }
        Texts opened = texts.orElseThrow(() -> refused(AuditTerms.ANSWER, contactId, UnreadableProblem.QUESTION));
        audit.record(AuditTerms.ANSWER, AuditTerms.WEB_QUESTION, contactId, AuditResult.OK);
        return Optional.of(view(q, c, opened.question(), answer, answeredAt, org));
    }

    /**
     * Writes the answer if the question is still open. The routing triage's answer changed goes first: the contact,
     * then the question, then (on the caller's return) the audit trail's head is the order an erasure takes them in,
     * so the two take turns instead of deadlocking. The question's row in memory is left as it was read: written back
     * whole, it would take back a second pickup code that a form sent again gave meanwhile, or fail on a question
     * erased meanwhile.
     */
    private WebQuestionRepository.Answering give(UUID contactId, String answer, Instant at, Organisation org) {
        questions.flush();
        return questions.answerIfOpen(contactId, cipher.encrypt(answer, WebQuestion.context(contactId, "answer")),
                at, org);
    }

    private Organisation casemanagersOrganisation() {
        if (!caller.isCasemanager()) {
            throw ProblemException.forbidden("Only casemanagers answer questions");
        }
        return caller.requireOrganisation();
    }

    /** Asked of triage, through the contact's access: who leads a case can change there at any moment. */
    private boolean leads(Contact c, Organisation org) {
        return c.status == ContactStatus.ROUTED && access.levelFor(c) != ContactAccess.Level.NONE
                && c.leadOrganisation == org;
    }

    /**
     * As {@link #leads}; when triage refuses the caller or cannot be asked, the attempt is audited in the caller's
     * transaction, which does not roll back on it. Routing changes that triage's answers for a list's earlier rows
     * brought are in memory and would be written at commit, so they are written and audited first, in the order of
     * {@link ContactAccess#recordRoutingNoticed}.
     */
    private boolean leadsAudited(Contact c, Organisation org, String action) {
        try {
            return leads(c, org);
        } catch (ProblemException | AuthenticationFailedException refusal) {
            access.recordRoutingNoticed();
            audit.record(action, AuditTerms.WEB_QUESTION, c.id, ContactAccess.auditResult(refusal));
            throw refusal;
        }
    }

    private static QuestionView view(WebQuestion q, Contact c, String question, String answer, boolean unreadable) {
        return new QuestionView(q.contactId, c.reference, q.askedAt, c.callerRole, c.timeSinceIncident, c.region,
                c.leadOrganisation, c.priority, c.respondBy, question, answer, unreadable, q.answeredAt, q.answeredBy);
    }

    /** A question just answered, which its row in memory does not show. */
    private static QuestionView view(WebQuestion q, Contact c, String question, String answer, Instant answeredAt,
            Organisation answeredBy) {
        return new QuestionView(q.contactId, c.reference, q.askedAt, c.callerRole, c.timeSinceIncident, c.region,
                c.leadOrganisation, c.priority, c.respondBy, question, answer, false, answeredAt, answeredBy);
    }

    /** A question's texts, opened; the answer is null until there is one. */
    private record Texts(String question, String answer) {
    }

    /** Empty when no configured key opens the question or its answer; the question's id is logged, never a text. */
    private Optional<Texts> open(WebQuestion q) {
        try {
            return Optional.of(new Texts(cipher.decrypt(q.question, WebQuestion.context(q.contactId, "question")),
                    cipher.decrypt(q.answer, WebQuestion.context(q.contactId, "answer"))));
        } catch (FieldCipher.UnreadableValue e) {
            // The message names a key id at most: nothing the person or the casemanager wrote reaches the log.
            LOG.warnf("Question %s cannot be decrypted: %s", q.contactId, e.getMessage());
            return Optional.empty();
        }
    }

    /** The refusal of a question no key opens, audited in the caller's transaction, which it does not roll back. */
    private ProblemException refused(String action, UUID contactId, UnreadableProblem problem) {
        ProblemException refusal = problem.exception();
        audit.record(action, AuditTerms.WEB_QUESTION, contactId, AuditResult.of(refusal));
        return refusal;
    }
}
