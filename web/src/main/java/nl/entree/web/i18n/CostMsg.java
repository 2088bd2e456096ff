package nl.entree.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the capacity screen's costs panel ({@code {costs:…}}), in Dutch; {@code messages/costs_en.properties}
 * holds the English. A bundle of its own for the reason {@link CaseMsg} gives.
 */
@MessageBundle(value = "costs", locale = "nl")
public interface CostMsg {

    @Message("Kosten per FTE") String title();
    @Message("Wat een FTE de organisatie per jaar kost: salaris, werkgeverslasten en overhead, met bron. De projecties rekenen de kosten hiermee; zonder bedrag staat daar –.")
    String intro();
    @Message("Per FTE per jaar") String col_per_fte();
    @Message("Geldig vanaf") String col_valid_from();
    @Message("Vervangen per") String col_replaced_on();
    @Message("Geen bedrag geregistreerd") String missing();
    @Message("Alle versies") String history_title();
    @Message("Nieuw bedrag registreren") String form_title();
    @Message("Organisatie *") String f_org();
    @Message("Euro per FTE per jaar *") String f_euros();
    @Message("Bijvoorbeeld 72.500 of 72.500,50.") String f_euros_hint();
    @Message("Bron *") String f_source();
    @Message("Waar het bedrag vandaan komt, zoals een cao, begroting of jaarverslag.") String f_source_hint();
    @Message("Dit bedrag is een aanname") String f_assumption();
    @Message("Een schatting, geen bron: elk cijfer dat ermee gemaakt is, zegt dat.") String f_assumption_hint();
    @Message("Geldig vanaf") String f_valid_from();
    @Message("Leeg: vanaf vandaag. Niet in het verleden, en na de ingangsdatum van het bedrag dat nu geldt.")
    String f_valid_from_hint();
    @Message("Bedrag registreren") String save();
    @Message("Een bedrag per FTE geldt in alle regio’s. Alleen een landelijke coördinator of een beheerder registreert het.")
    String read_only();
}
