package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A team page's entries, however the name and role are written, and the passages that only look like one. */
class PersonEntriesTest {

    @Test
    void anEntryHeadedByANameWhoseTextStartsWithThePersonIntroducesThem() {
        assertThat(introduces(List.of("Our teachers", "Maya Chen"), "Maya Chen\nMaya is a doula and teaches our "
                + "Prenatal Yoga classes.")).isTrue();
        assertThat(introduces(List.of("Team", "Priya Raman, RDH"), "Priya Raman, RDH\nLead Dental Hygienist\n\n"
                + "Priya has been a hygienist for 14 years.")).isTrue();
        assertThat(introduces(List.of("Team", "Dr. Elena Marsh, DDS"), "Dr. Elena Marsh, DDS\nFounder & General "
                + "Dentist\n\nDr. Marsh earned her DDS in 2005.")).isTrue();
        assertThat(introduces(List.of("Meet the team", "Associate Veterinarian · Dentistry"), "Associate "
                + "Veterinarian · Dentistry\nDr. Lindqvist leads our dental service.")).isTrue();
        assertThat(introduces(List.of("Our instructors", "Claire Dunmore", "Automatic"), "Automatic\nClaire "
                + "teaches in our automatic Toyota Yaris.")).as("the role a heading under the name").isTrue();
        assertThat(introduces(List.of("The people", "Gus Halvorsen — electronics"), "Gus Halvorsen — electronics\n"
                + "Gus spent thirty years repairing two-way radios.")).as("the role after a dash").isTrue();
    }

    @Test
    void namesOfRoomsProductsAndOffersAreNoPeople() {
        assertThat(introduces(List.of("Rooms", "Garden Suite"), "Garden Suite\nTwo connecting rooms on the garden "
                + "side.")).isFalse();
        assertThat(introduces(List.of("Drinks", "Harbor Hour"), "Harbor Hour\nHarbor Hour runs 3 to 6 pm.")).isFalse();
        assertThat(introduces(List.of("Visit", "Parking"), "Parking\nParking is free after 6 pm.")).isFalse();
        assertThat(introduces(List.of("About us"), "About us\nWalt founded the company in 1987.")).isFalse();
        assertThat(introduces(List.of("Services", "Teeth Whitening"), "Teeth Whitening\nTeeth whitening brightens "
                + "your smile in one visit.")).isFalse();
        assertThat(introduces(List.of("Portraits", "Mini Sessions"), "Mini Sessions\nA few times a year I run mini "
                + "sessions: 20 minutes, one location. Mini dates go to newsletter subscribers first.")).isFalse();
    }

    @Test
    void anEntryIsNamedByTheLastWordOfEachPartOfItsHeadingsAndOfTheRoleLineUnderThem() {
        assertThat(PersonEntries.roles(List.of("Meet the team", "Dr. Theo Lindqvist, DVM",
                "Associate Veterinarian · Dentistry & oral surgery"), "Associate Veterinarian · Dentistry & oral "
                + "surgery\nDr. Lindqvist leads our dental service.")).containsExactly("team", "lindqvist", "dvm",
                "veterinarian", "dentistry", "surgery");
        assertThat(PersonEntries.roles(List.of("Our attorneys", "Rebecca Hartwell"), "Rebecca Hartwell\nRebecca "
                + "founded the firm in 2005.")).containsExactly("attorney", "hartwell");
        assertThat(PersonEntries.roles(List.of("Team", "Marisol Vega"), "Marisol Vega\nOffice Manager & Insurance "
                + "Coordinator\nMarisol has worked in dental billing for 11 years.")).containsExactly("team", "vega",
                "manager", "coordinator");
    }

    @Test
    void aShortFormOfARoleFindsIt() {
        assertThat(PersonEntries.withRole("Vets").toString()).isEqualTo(PassageFields.PERSON_ROLE + ":vet*");
    }

    private static boolean introduces(List<String> headingPath, String text) {
        return PersonEntries.introducesPerson(headingPath, text);
    }
}
