package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the session's timeout warning and of a form's draft, in Dutch; {@code messages/session_en.properties}
 * holds the English. A bundle of its own for the reason {@link CaseMsg} gives.
 */
@MessageBundle(value = "session", locale = "nl")
public interface SessionMsg {

    @Message("Uw sessie verloopt om") String expiring_at();
    @Message(". Wat u invult, blijft in dit tabblad bewaard.") String expiring_kept();
    @Message("Sessie verlengen") String extend();
    @Message("Uw sessie is verlengd.") String extended();
    @Message("Uw sessie is verlopen. Wat u invulde, is in dit tabblad bewaard en staat weer klaar als u opnieuw aanmeldt.")
    String expired();
    @Message("Opnieuw aanmelden") String sign_in_again();
    @Message("Na het aanmelden gaat u terug naar de pagina waar u was.") String return_after_sign_in();
    @Message("Uw concept is teruggezet: de velden staan zoals u ze achterliet. Naam, telefoon, e-mail en cliëntcode worden nooit bewaard; vul die opnieuw in als dat nodig is.")
    String draft_restored();
    @Message("Concept wissen") String draft_discard();
    @Message("U bent afgemeld") String signed_out_title();
    @Message("U bent afgemeld bij Entree. Nu wordt u ook afgemeld bij de inlogdienst van uw organisatie.")
    String signed_out_provider();
    @Message("Verder naar de inlogdienst") String signed_out_continue();
    @Message("U meldt zich aan bij de inlogdienst van uw organisatie, met het account waarmee u ook daar werkt.")
    String provider_intro();
    @Message("Aanmelden bij uw organisatie") String provider_sign_in();
    @Message("Aanmelden bij de inlogdienst van uw organisatie is niet gelukt. Probeer het opnieuw; lukt het niet, vraag dan uw beheerder om hulp.")
    String provider_failed();
}
