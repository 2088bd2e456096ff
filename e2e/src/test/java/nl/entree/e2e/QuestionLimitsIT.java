package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the public front door holds against a flood of questions. One client (as the ingress names it in
 * X-Forwarded-For) that sends 50 questions in a row gets a few through and then 429 with Retry-After, in the form
 * with its question kept to send again, while another client still gets through; the questions that got through reach
 * intake, and nothing else does. Every test that asks
 * questions comes from an address range of its own (HelpIT too), so no two share a bucket.
 */
class QuestionLimitsIT {

    private final Suite suite = Suite.get();

    private Client.Reply ask(String client, int n) throws IOException {
        String form = "danger=NO&who=VICTIM&what=RAPE&when=MORE_THAN_7_DAYS&age=ADULT&region=VR13&send=1&website="
                + "&question=" + java.net.URLEncoder.encode("Vraag nummer " + n + ": telt dit ook?",
                        java.nio.charset.StandardCharsets.UTF_8);
        return Client.post(suite.url(Suite.HELP) + "/vraag", null, "application/x-www-form-urlencoded", form,
                Map.of("X-Forwarded-For", client));
    }

    @Test
    void fiftyQuickQuestionsFromOneClientLeadTo429AndAnotherClientGoesOn() throws IOException {
        Assumptions.assumeTrue(suite.apps().contains(Suite.HELP), "help is not packaged");
        String flooder = "203.0.113." + (1 + (int) (Math.random() * 250));
        List<Integer> statuses = new ArrayList<>();
        Client.Reply last = null;
        for (int i = 0; i < 50; i++) {
            last = ask(flooder, i);
            statuses.add(last.status());
        }
        long sent = statuses.stream().filter(s -> s == 200).count();
        long refused = statuses.stream().filter(s -> s == 429).count();
        assertEquals(50, sent + refused, "only 200 or 429: " + statuses);
        assertEquals(5, sent, "a client may ask 5 questions an hour: " + statuses);
        assertTrue(last.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"),
                "429 says when to come back");
        assertTrue(last.body().contains("tel:112"), "even a refusal shows 112");
        assertTrue(last.body().contains(">Vraag nummer 49: telt dit ook?</textarea>"), "the question is kept");

        Client.Reply other = ask("198.18.0." + (1 + (int) (Math.random() * 250)), 0);
        assertEquals(200, other.status(), "another client is not held back by the first");
        assertTrue(other.body().contains("id=\"pickup-code\""), "and gets its pickup code");
    }
}
