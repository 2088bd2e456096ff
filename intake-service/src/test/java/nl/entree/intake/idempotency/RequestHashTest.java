package nl.entree.intake.idempotency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.intake.crypto.ClientCodeConfig;
import nl.entree.intake.crypto.ClientCodes;

/**
 * The idempotency table keeps a hash of each registration, and the registration holds a phone number or a client
 * code. Unkeyed, a copy of the database could be searched for it by trying every 06-number; keyed, it cannot.
 */
class RequestHashTest {

    private static final String FIRST_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String SECOND_KEY = Base64.getEncoder().encodeToString("a second key of thirty-two bytes"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Map<String, Object> REQUEST = Map.of("channel", "PHONE",
            "contact", Map.of("phone", "0611122233"), "clientCode", "K-77");

    @Test
    void theSameRequestHashesDifferentlyUnderAnotherKeySoTheHashIsKeyed() {
        String underFirst = hashes(1, FIRST_KEY, Optional.empty()).of(REQUEST);
        String underSecond = hashes(2, SECOND_KEY, Optional.empty()).of(REQUEST);
        assertNotEquals(underFirst, underSecond);
        assertTrue(underFirst.matches("[0-9a-f]{64}"), "fits the column it is stored in: " + underFirst);
    }

    @Test
    void aRetryAfterTheKeyWasRotatedIsStillRecognisedAndAnotherRequestIsNot() {
        String beforeRotation = hashes(1, FIRST_KEY, Optional.empty()).of(REQUEST);
        RequestHash rotated = hashes(2, SECOND_KEY, Optional.of(List.of("1:" + FIRST_KEY)));
        assertTrue(rotated.matches(beforeRotation, REQUEST));
        assertFalse(rotated.matches(beforeRotation, Map.of("channel", "PHONE",
                "contact", Map.of("phone", "0611122234"), "clientCode", "K-77")));
    }

    private static RequestHash hashes(int id, String key, Optional<List<String>> previous) {
        return new RequestHash(new ObjectMapper(), new ClientCodes(new ClientCodeConfig() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public int keyId() {
                return id;
            }

            @Override
            public Optional<List<String>> previousKeys() {
                return previous;
            }
        }));
    }
}
