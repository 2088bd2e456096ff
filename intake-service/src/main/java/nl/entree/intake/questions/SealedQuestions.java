package nl.entree.intake.questions;

import java.util.List;
import java.util.Map;
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
    public List<UUID> lockUnderOtherKeys(int current, int batch) {
        return questions.lockUnderOtherKeys(current, batch);
    }

    @Override
    public long countUnderOtherKeys(int current) {
        return questions.countUnderOtherKeys(current);
    }

    @Override
    public void reEncrypt(List<UUID> ids) {
        for (UUID id : ids) {
            WebQuestion row = questions.findById(id);
            row.question = reEncrypt(row.question, id, "question");
            row.answer = reEncrypt(row.answer, id, "answer");
        }
        questions.flush();
    }

    private byte[] reEncrypt(byte[] stored, UUID contactId, String field) {
        String context = WebQuestion.context(contactId, field);
        return cipher.encrypt(cipher.decrypt(stored, context), context);
    }
}
