package nl.entree.common.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    @Test
    void everyMunicipalityOfThe2023ReorganisationIsThereOnceAndEverySafetyRegionHasSome() {
        assertEquals(342, Municipalities.all().size());
        assertEquals(342, Municipalities.all().stream().map(Municipality::code).distinct().count());
        Set<Region> regions = Municipalities.all().stream().map(Municipality::region).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Region.class), regions);
    }

    @Test
    void theVerifiedRegionsOfTheDirectoryFactsAgree() {
        assertEquals(Set.of("Aalsmeer", "Amstelveen", "Amsterdam", "Diemen", "Ouder-Amstel", "Uithoorn"), in(Region.VR13));
        assertEquals(Set.of("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"), in(Region.VR25));
    }

    @Test
    void aNameMatchesAsPeopleTypeIt() {
        assertEquals(Region.VR25, Municipalities.named("almere").orElseThrow().region());
        assertEquals("GM1900", Municipalities.named("sudwest fryslan").orElseThrow().code());
        assertEquals("GM1900", Municipalities.named("Zuidwest-Friesland").orElseThrow().code());
        assertEquals("GM0518", Municipalities.named("Den Haag").orElseThrow().code());
        assertEquals("GM0518", Municipalities.named("'s-Gravenhage").orElseThrow().code());
        assertEquals(Region.VR21, Municipalities.named(" den  bosch ").orElseThrow().region());
        assertEquals("GM0820", Municipalities.named("Nuenen, Gerwen en Nederwetten").orElseThrow().code());
        assertEquals(Region.VR10, Municipalities.named("Bergen NH").orElseThrow().region());
        assertEquals(Region.VR23, Municipalities.named("Bergen (L.)").orElseThrow().region());
    }

    @Test
    void aNameOfTwoMunicipalitiesOrOfNoneMatchesNothing() {
        assertTrue(Municipalities.named("Bergen").isEmpty());
        assertTrue(Municipalities.named("Weesp").isEmpty(), "part of Amsterdam since 2022");
        assertTrue(Municipalities.named("Atlantis").isEmpty());
        assertTrue(Municipalities.named("").isEmpty());
        assertTrue(Municipalities.named(null).isEmpty());
    }

    private static Set<String> in(Region region) {
        return Municipalities.all().stream().filter(m -> m.region() == region).map(Municipality::name)
                .collect(Collectors.toSet());
    }
}
