package nl.entree.support.dev;

import java.time.Duration;

import nl.entree.support.token.Tokens;

/**
 * {@code bin/entree token ROLE [ORG] [REGION]}: prints a development token, valid for 8 hours.
 */
public final class TokenTool {

    private TokenTool() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: bin/entree token ROLE [ORG] [REGION]");
            System.err.println("  ROLE:   casemanager | coordinator | ministry | admin | service");
            System.err.println("  ORG:    CSG | VT | SHN | HELPWANTED | CVSN | FIER (required for casemanager)");
            System.err.println("  REGION: VR01 ... VR25 (optional, scopes a coordinator)");
            System.exit(2);
        }
        String role = args[0];
        if (role.equals("casemanager") && args.length < 2) {
            System.err.println("A casemanager token needs an organisation, for example: bin/entree token casemanager CSG");
            System.exit(2);
        }
        Tokens.Builder builder = (role.equals("service") ? Tokens.asService() : Tokens.as(role))
                .subject("dev-" + role).lifetime(Duration.ofHours(8));
        if (args.length > 1 && !args[1].isBlank()) {
            builder.org(args[1]);
        }
        if (args.length > 2) {
            builder.region(args[2]);
        }
        System.out.println(builder.sign());
    }
}
