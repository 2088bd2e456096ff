package nl.entree.support.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class TokenToolTest {

    @Test
    void aMinistryTokenWithARegionIsRefusedBecauseEveryServiceWouldAnswerIt403() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TokenTool.sign("ministry", "", "VR13"));

        assertTrue(refused.getMessage().contains("no region"), refused.getMessage());
    }

    @Test
    void aCoordinatorTokenCarriesItsRegion() {
        assertTrue(claims(TokenTool.sign("coordinator", "", "VR13")).contains("\"region\":\"VR13\""));
    }

    @Test
    void aMinistryTokenWithoutARegionIsMinted() {
        String claims = claims(TokenTool.sign("ministry"));

        assertTrue(claims.contains("\"ministry\""), claims);
        assertEquals(-1, claims.indexOf("region"), claims);
    }

    @Test
    void aCasemanagerTokenNeedsAnOrganisation() {
        assertThrows(IllegalArgumentException.class, () -> TokenTool.sign("casemanager"));
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
