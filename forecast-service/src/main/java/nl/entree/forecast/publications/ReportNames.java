package nl.entree.forecast.publications;

import java.util.Arrays;
import java.util.Optional;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * The names a reader of the printable publication knows: organisations and safety regions by their own (Dutch)
 * names, the same in either language, and the organisations' published series by a label and a definition.
 *
 * <p>common has the codes only; web's messages have the names, but forecast does not depend on web, so they are
 * repeated here as switches that stop compiling when common gains an organisation or a region without one.
 */
final class ReportNames {

    /**
     * A series of {@code data/published-totals.csv} in words. The CSV quotes each source's English wording per row,
     * and the API gives that as it is; the report needs one label and one definition per series in the reader's
     * language, which is presentation, so it lives here rather than as columns every reader of the CSV must carry.
     */
    enum PublishedSeries {
        CSG_ACUTE("CSG, acute", "CSG, acuut",
                "slachtoffers bij wie het incident minder dan 7 dagen voor het contact was"),
        CSG_NON_ACUTE("CSG, non-acute", "CSG, niet-acuut",
                "slachtoffers bij wie het incident 7 dagen of langer voor het contact was"),
        CSG_TOTAL("CSG, all victims", "CSG, alle slachtoffers",
                "slachtoffers die contact zochten met een Centrum Seksueel Geweld; 2020 en 2021 zijn afgeleid uit "
                        + "de groei die het CSG later publiceerde"),
        HELPWANTED_TOTAL("Helpwanted, advice requests", "Helpwanted, adviesvragen",
                "adviesvragen bij Helpwanted; 2021 is afgeleid uit de groei die over 2022 werd gepubliceerd"),
        SHN_ZEDEN("Slachtofferhulp, sexual offences", "Slachtofferhulp, zeden",
                "slachtoffers van seksueel geweld en grensoverschrijdend gedrag met wie Slachtofferhulp contact had; "
                        + "ruimer dan de categorie zeden"),
        CVSN_TOTAL("CVSN, reports", "CVSN, meldingen",
                "meldingen van seksuele intimidatie bij het Centrum Veilige Sport Nederland en de sportbonden"),
        VT_MELDINGEN_ALL("Veilig Thuis, reports", "Veilig Thuis, meldingen",
                "alle meldingen bij Veilig Thuis, over huiselijk geweld en kindermishandeling samen"),
        VT_ADVIEZEN_ALL("Veilig Thuis, advice requests", "Veilig Thuis, adviesvragen",
                "alle adviesvragen bij Veilig Thuis, over huiselijk geweld en kindermishandeling samen");

        final String englishLabel;
        final String dutchLabel;
        final String dutchDefinition;

        PublishedSeries(String englishLabel, String dutchLabel, String dutchDefinition) {
            this.englishLabel = englishLabel;
            this.dutchLabel = dutchLabel;
            this.dutchDefinition = dutchDefinition;
        }

        static Optional<PublishedSeries> of(String code) {
            return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
        }
    }

    private ReportNames() {
    }

    static String of(Organisation organisation) {
        return switch (organisation) {
            case CSG -> "Centrum Seksueel Geweld";
            case VT -> "Veilig Thuis";
            case SHN -> "Slachtofferhulp Nederland";
            case HELPWANTED -> "Helpwanted";
            case CVSN -> "Centrum Veilige Sport Nederland";
            case FIER -> "Fier";
        };
    }

    /** As web's screens call them. */
    static String of(CaseType caseType, boolean dutch) {
        return switch (caseType) {
            case CSG_ACUTE -> dutch ? "CSG acuut" : "CSG acute";
            case CSG_NON_ACUTE -> dutch ? "CSG niet-acuut" : "CSG non-acute";
            case VT_SAFETY_ASSESSMENT -> dutch ? "VT veiligheidsbeoordeling" : "VT safety assessment";
            case SHN_SUPPORT -> dutch ? "SHN ondersteuning" : "SHN support";
            case HELPWANTED_ADVICE -> dutch ? "Helpwanted advies" : "Helpwanted advice";
            case CVSN_CASE -> dutch ? "CVSN melding" : "CVSN case";
            case FIER_CASE -> dutch ? "Fier casus" : "Fier case";
        };
    }

    /** The projection's notes name a caseType by its code, which a reader of the report does not know. */
    static String withCaseTypeNames(String text, boolean dutch) {
        String named = text;
        for (CaseType caseType : CaseType.values()) {
            named = named.replaceAll("\\b" + caseType.name() + "\\b", of(caseType, dutch));
        }
        return named;
    }

    static String of(Region region) {
        return switch (region) {
            case VR01 -> "Groningen";
            case VR02 -> "Fryslân";
            case VR03 -> "Drenthe";
            case VR04 -> "IJsselland";
            case VR05 -> "Twente";
            case VR06 -> "Noord- en Oost-Gelderland";
            case VR07 -> "Gelderland-Midden";
            case VR08 -> "Gelderland-Zuid";
            case VR09 -> "Utrecht";
            case VR10 -> "Noord-Holland-Noord";
            case VR11 -> "Zaanstreek-Waterland";
            case VR12 -> "Kennemerland";
            case VR13 -> "Amsterdam-Amstelland";
            case VR14 -> "Gooi en Vechtstreek";
            case VR15 -> "Haaglanden";
            case VR16 -> "Hollands-Midden";
            case VR17 -> "Rotterdam-Rijnmond";
            case VR18 -> "Zuid-Holland-Zuid";
            case VR19 -> "Zeeland";
            case VR20 -> "Midden- en West-Brabant";
            case VR21 -> "Brabant-Noord";
            case VR22 -> "Brabant-Zuidoost";
            case VR23 -> "Limburg-Noord";
            case VR24 -> "Limburg-Zuid";
            case VR25 -> "Flevoland";
        };
    }
}
