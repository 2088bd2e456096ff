package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts the contact screens gained after {@link Msg} was full, in Dutch; {@code messages/contact_en.properties}
 * holds the English. A bundle of its own for the reason {@link CaseMsg} gives.
 */
@MessageBundle(value = "contact", locale = "nl")
public interface ContactMsg {

    @Message("Wanneer gebeurde het?") String when();
    @Message("Een week geleden of korter is acuut: medische zorg en sporenonderzoek kunnen dan nog. Weet de persoon het niet, kies dan ‘Weet niet’.")
    String when_hint();
    @Message("Op een bekende datum") String when_date();
    @Message("Weet niet") String when_unknown();
    @Message("Gemeente waar de persoon woont (optioneel)") String municipality();
    @Message("Typ de gemeente; de veiligheidsregio hieronder volgt daaruit. Een gemeente van na 2023, of een regio die u al weet: kies dan alleen de regio.")
    String municipality_hint();
    @Message("{name} ligt in veiligheidsregio {region}.") String municipality_in(String name, String region);
    @Message("Dit contact is geregistreerd, maar de contactgegevens zijn onleesbaar geworden. Daarom kan deze pagina het contact niet tonen. Opnieuw proberen helpt niet. Meld dit bij de beheerder met kenmerk {id}.")
    String saved_unreadable(String id);
}
