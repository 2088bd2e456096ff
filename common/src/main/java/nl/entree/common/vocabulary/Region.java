package nl.entree.common.vocabulary;

/**
 * The 25 safety regions (CBS codes). They are not quite Veilig Thuis's regions: its sources of 2017-2020 count 26
 * organisations, two of them in VR20 (directory-facts.json, {@code regional_organisation_count}).
 */
public enum Region {
    VR01, VR02, VR03, VR04, VR05, VR06, VR07, VR08, VR09, VR10, VR11, VR12, VR13, VR14, VR15, VR16, VR17, VR18, VR19, VR20, VR21, VR22, VR23, VR24, VR25
}
