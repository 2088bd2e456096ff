package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * How long registering takes, field by field (issue 14, point 7), for the three most common contacts: CSG non-acute
 * and Helpwanted, the two largest published series, and CSG acute, where every minute counts.
 *
 * <p>A robot's seconds per field say nothing about a casemanager's, so each step the browser takes is also costed
 * by the Keystroke-Level Model (Card, Moran and Newell, 1980; operator times as in Kieras, "Using the Keystroke-Level
 * Model to Estimate Execution Times", 2001): a decision per field (M, 1.35 s), pointing at a control (P, 1.1 s) and
 * clicking it (BB, 0.2 s), moving a hand between mouse and keyboard (H, 0.4 s), and a keystroke (K, 0.28 s, an
 * average typist). The estimate is for a practised user who knows the answer; it leaves out listening to the caller.
 * The table goes to {@code target/registration-effort.md} and docs/ui.md. Each contact has a budget, the estimate
 * when it was last measured: a form that grows fails here, so that it grows only on purpose.
 */
class RegistrationEffortIT {

    private static final Map<String, List<Effort.Step>> MEASURED = new LinkedHashMap<>();
    /** The budgets are the estimates as docs/ui.md records them, to one decimal. */
    private static final double ROUNDING = 0.05;

    @Test
    void csgNonAcuteAnAdultCallsAboutAbuseLongAgo() throws Exception {
        Effort effort = register("CSG non-acute: an adult calls about abuse years ago", "CSG", e -> {
            e.choose("channel", "PHONE");
            e.choose("callerRole", "VICTIM");
            e.tick("incident-SEXUAL_ABUSE");
            e.tick("when-MORE_THAN_7_DAYS");
            e.choose("victimAgeGroup", "ADULT");
            e.type("municipality", "Utrecht");
            e.tick("need-PSYCHOLOGICAL");
        });
        assertTrue(effort.seconds() <= 22.6 + ROUNDING, effort.table());
    }

    @Test
    void helpwantedATeenagerChatsAboutSextortion() throws Exception {
        Effort effort = register("Helpwanted: a teenager chats about sextortion", "HELPWANTED", e -> {
            e.choose("channel", "CHAT");
            e.choose("callerRole", "VICTIM");
            e.tick("incident-SEXTORTION");
            e.tick("timeSinceIncident");
            e.choose("victimAgeGroup", "AGE_12_17");
            e.tick("need-CONTENT_REMOVAL");
        });
        assertTrue(effort.seconds() <= 17.2 + ROUNDING, effort.table());
    }

    @Test
    void csgAcuteAnAdultCallsAfterARapeAndLeavesANumber() throws Exception {
        Effort effort = register("CSG acute: an adult calls after a rape and leaves a number", "CSG", e -> {
            e.tick("anonymous");
            e.type("contact-name", "Sam");
            e.type("contact-phone", "0612345678");
            e.choose("channel", "PHONE");
            e.choose("callerRole", "VICTIM");
            e.tick("incident-RAPE");
            e.tick("timeSinceIncident");
            e.choose("victimAgeGroup", "ADULT");
            e.type("municipality", "Almere");
            e.tick("need-MEDICAL");
            e.tick("need-FORENSIC");
            e.tick("consentToShare");
        });
        assertTrue(effort.seconds() <= 39.0 + ROUNDING, effort.table());
    }

    private Effort register(String contact, String expectedLead, java.util.function.Consumer<Effort> fillIn)
            throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            Effort effort = new Effort(browser);
            fillIn.accept(effort);
            effort.click("save-contact");
            browser.visible("reference");
            for (int i = 0; i < 20 && browser.driver.findElements(By.id("routed-to")).isEmpty(); i++) {
                WebBrowser.sleep(1000);
                browser.driver.navigate().refresh();
            }
            String routedTo = browser.find("routed-to").getText();
            assertTrue(routedTo.startsWith(expectedLead), contact + ": " + routedTo);
            synchronized (MEASURED) {
                MEASURED.put(contact, effort.steps());
            }
            return effort;
        }
    }

    @AfterAll
    static void writeTheTable() throws IOException {
        StringBuilder md = new StringBuilder("| contact | field | operators | seconds |\n|---|---|---|---|\n");
        MEASURED.forEach((contact, steps) -> {
            for (Effort.Step s : steps) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f |%n", contact, s.field(), s.operators(),
                        s.seconds()));
            }
            md.append(String.format(Locale.ROOT, "| %s | **total** | %d fields | **%.1f** |%n", contact,
                    steps.size(), steps.stream().mapToDouble(Effort.Step::seconds).sum()));
        });
        Path out = Path.of("target", "registration-effort.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }

    /** Performs each step in the browser and costs it by the Keystroke-Level Model. */
    static final class Effort {

        static final double M = 1.35;
        static final double P = 1.1;
        static final double BB = 0.2;
        static final double H = 0.4;
        static final double K = 0.28;

        record Step(String field, String operators, double seconds) {
        }

        private final WebBrowser browser;
        private final List<Step> steps = new ArrayList<>();
        private boolean handOnKeyboard;

        Effort(WebBrowser browser) {
            this.browser = browser;
        }

        /** One of a few: a radio button is decide, point, click; a select takes a second point and click. */
        void choose(String name, String value) {
            boolean radios = !browser.driver.findElements(By.cssSelector("input[type=radio][name='" + name + "']"))
                    .isEmpty();
            browser.select(name, value);
            if (radios) {
                mouse(name, "M P BB", M + P + BB);
            } else {
                mouse(name, "M P BB P BB", M + 2 * (P + BB));
            }
        }

        /** A checkbox or radio button: decide, point, click. */
        void tick(String id) {
            browser.find(id).click();
            mouse(id, "M P BB", M + P + BB);
        }

        /** A button: point and click; the decision was the form's. */
        void click(String id) {
            browser.find(id).click();
            mouse(id, "P BB", P + BB);
        }

        /**
         * A text field: decide, click into it, move to the keyboard and type; a hand already on the keyboard tabs
         * to the next field instead.
         */
        void type(String id, String text) {
            browser.find(id).click();
            browser.find(id).sendKeys(text);
            String typing = text.length() + "K";
            if (handOnKeyboard) {
                steps.add(new Step(id, "M K(tab) " + typing, M + K + text.length() * K));
            } else {
                steps.add(new Step(id, "M P BB H " + typing, M + P + BB + H + text.length() * K));
            }
            handOnKeyboard = true;
        }

        private void mouse(String field, String operators, double seconds) {
            boolean homing = handOnKeyboard;
            handOnKeyboard = false;
            steps.add(new Step(field, homing ? "H " + operators : operators, homing ? H + seconds : seconds));
        }

        List<Step> steps() {
            return List.copyOf(steps);
        }

        double seconds() {
            return steps.stream().mapToDouble(Step::seconds).sum();
        }

        String table() {
            StringBuilder t = new StringBuilder();
            steps.forEach(s -> t.append(String.format(Locale.ROOT, "%s: %s = %.2f s%n", s.field(), s.operators(),
                    s.seconds())));
            return t.append(String.format(Locale.ROOT, "total %.1f s", seconds())).toString();
        }
    }
}
