package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts the new-contact form gained after {@link Msg} was full, in Dutch; {@code messages/contact_en.properties}
 * holds the English. A bundle of its own for the reason {@link CaseMsg} gives.
 */
@MessageBundle(value = "contact", locale = "nl")
public interface ContactMsg {

    @Message("Wanneer gebeurde het?") String when();
    @Message("Minder dan 7 dagen geleden is acuut: medische zorg en sporenonderzoek kunnen dan nog. Weet de persoon het niet, kies dan ‘Weet niet’.")
    String when_hint();
    @Message("Op een bekende datum") String when_date();
    @Message("Weet niet") String when_unknown();
}
