package nl.entree.intake.questions;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.crypto.FieldCipher;
import nl.entree.intake.crypto.SealedRows;

/** The front door's questions and their answers, for key rotation. */
@ApplicationScoped
class SealedQuestions implements SealedRows {

    private final WebQuestionRepository questions;
    private final FieldCipher cipher;

    SealedQuestions(WebQuestionRepository questions, FieldCipher cipher) {
        this.questions = questions;
        this.cipher = cipher;
    }

    @Override
    public String table() {
        return AuditTerms.WEB_QUESTION;
    }

    @Override
    public String reEncryptAction() {
        return AuditTerms.REENCRYPT_QUESTION;
    }

    @Override
    public Map<Integer, Long> rowsPerKey() {
        return questions.rowsPerKey();
    }

    @Override
    public List<UUID> lockUnderOtherKeys(int current, Collection<Integer> configured, UUID after, int batch) {
        return questions.lockUnderOtherKeys(current, configured, after, batch);
    }

    @Override
    public long countUnderOtherThan(Collection<Integer> configured) {
        return questions.countUnderOtherThan(configured);
    }

    @Override
    public long countUnderOtherKeys(int current) {
        return questions.countUnderOtherKeys(current);
    }

    @Override
    public Set<UUID> reEncrypt(List<UUID> ids) {
        Set<UUID> unreadable = new HashSet<>();
        for (UUID id : ids) {
            WebQuestion row = questions.findById(id);
            // Both are opened before either is sealed again, so a row that cannot be read stays as it was.
            try {
                String question = cipher.decrypt(row.question, WebQuestion.context(id, "question"));
                String answer = cipher.decrypt(row.answer, WebQuestion.context(id, "answer"));
                row.question = cipher.encrypt(question, WebQuestion.context(id, "question"));
                row.answer = cipher.encrypt(answer, WebQuestion.context(id, "answer"));
            } catch (FieldCipher.UnreadableValue e) {
                unreadable.add(id);
            }
        }
        questions.flush();
        return unreadable;
    }
}
