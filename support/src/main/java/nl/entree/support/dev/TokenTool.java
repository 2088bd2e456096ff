package nl.entree.support.dev;

import java.time.Duration;

import nl.entree.support.token.Tokens;

/**
 * {@code bin/entree token ROLE [ORG] [REGION]}: prints a development token, valid for 8 hours.
 */
public final class TokenTool {

    private static final String USAGE = """
            usage: bin/entree token ROLE [ORG] [REGION]
              ROLE:   casemanager | coordinator | ministry | admin | service
              ORG:    CSG | VT | SHN | HELPWANTED | CVSN | FIER (required for casemanager)
              REGION: VR01 ... VR25 (optional, scopes a coordinator; never for a ministry)""";

    private TokenTool() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(sign(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String sign(String... args) {
        if (args.length < 1) {
            throw new IllegalArgumentException(USAGE);
        }
        String role = args[0];
        if (role.equals("casemanager") && args.length < 2) {
            throw new IllegalArgumentException(
                    "A casemanager token needs an organisation, for example: bin/entree token casemanager CSG");
        }
        // The services refuse it (403): a ministry's region figures, taken from the national ones, could show a
        // count below 10 by subtraction. A token they would refuse is no use for trying things out.
        if (role.equals("ministry") && args.length > 2 && !args[2].isBlank()) {
            throw new IllegalArgumentException(
                    "A ministry sees national figures only and its token has no region: bin/entree token ministry");
        }
        Tokens.Builder builder = (role.equals("service") ? Tokens.asService() : Tokens.as(role))
                .subject("dev-" + role).lifetime(Duration.ofHours(8));
        if (args.length > 1 && !args[1].isBlank()) {
            builder.org(args[1]);
        }
        if (args.length > 2 && !args[2].isBlank()) {
            builder.region(args[2]);
        }
        return builder.sign();
    }
}
