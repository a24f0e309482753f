package de.lotse.api.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeFieldTest {

    @Test
    void parsesEachFieldIntoItsType() {
        assertThat(IntakeField.FIRST_NAME.parse("Elina")).isEqualTo("Elina");
        assertThat(IntakeField.DATE_OF_BIRTH.parse("1991-03-02")).isEqualTo(LocalDate.of(1991, 3, 2));
        assertThat(IntakeField.GENDER.parse("NON_BINARY")).isEqualTo(Gender.NON_BINARY);
        assertThat(IntakeField.LABOUR_STATUS.parse("UNEMPLOYED")).isEqualTo(LabourStatus.UNEMPLOYED);
        assertThat(IntakeField.ISCED.parse("3")).isEqualTo(3);
        assertThat(IntakeField.NATIONALITY.parse("KZ")).isEqualTo(Nationality.of("KZ"));
        assertThat(IntakeField.MINORITY.parse("DECLINED")).isEqualTo(Answer.DECLINED);
        assertThat(IntakeField.RURAL.parse("true")).isEqualTo(true);
    }

    @Test
    void parsesAnUnknownIscedAsNullAndNoOtherField() {
        assertThat(IntakeField.ISCED.parse(null)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> IntakeField.GENDER.parse(null));
    }

    @Test
    void parsesForACallerThatNamesTheType() {
        assertThat(IntakeField.ENTRY_DATE.parse("2026-01-20", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntakeField.ENTRY_DATE.parse("2026-01-20", String.class))
                .withMessageContaining("entryDate holds LocalDate");
        assertThatIllegalArgumentException().isThrownBy(() -> IntakeField.ISCED.parse(null, Integer.class));
    }

    @Test
    void refusesTextOfAnotherType() {
        assertThatIllegalArgumentException().isThrownBy(() -> IntakeField.ENTRY_DATE.parse("20.01.2026"));
        assertThatIllegalArgumentException().isThrownBy(() -> IntakeField.ISCED.parse("9"));
        assertThatIllegalArgumentException().isThrownBy(() -> IntakeField.RURAL.parse("yes"));
        assertThatIllegalArgumentException().isThrownBy(() -> IntakeField.GENDER.parse("female"));
    }

    @Test
    void acceptsOnlyValuesValidOnTheirOwn() {
        assertThat(IntakeField.DATE_OF_BIRTH.accepts(LocalDate.now().plusDays(1).toString()))
                .isFalse();
        assertThat(IntakeField.LAST_NAME.accepts(" ")).isFalse();
        assertThat(IntakeField.POSTCODE.accepts("44147")).isTrue();
        assertThat(IntakeField.POSTCODE.accepts("44147!")).isFalse();
        assertThat(IntakeField.ISCED.accepts("08")).isFalse();
        assertThat(IntakeField.ISCED.accepts(null)).isTrue();
        assertThat(IntakeField.NATIONALITY.accepts("ZZ")).isFalse();
        assertThat(IntakeField.RURAL.accepts("false")).isTrue();
    }

    @Test
    void readsAnErasedPersonalCorrectionAsTheMarkerOrAsGone() {
        assertThat(IntakeField.LAST_NAME.parse(PersonalDetails.ERASED)).isEqualTo(PersonalDetails.ERASED);
        assertThat(IntakeField.DATE_OF_BIRTH.parse(PersonalDetails.ERASED)).isNull();
        assertThat(IntakeField.ENTRY_DATE.accepts(PersonalDetails.ERASED)).isFalse();
    }
}
