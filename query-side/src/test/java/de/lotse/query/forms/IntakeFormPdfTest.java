package de.lotse.query.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.lotse.api.forms.FormLanguage;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantView;
import de.lotse.platform.privacy.RetentionPolicy;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The questionnaire as it comes out of the printer, read back with PDFBox. */
class IntakeFormPdfTest {

    private static final String CONTROLLER = "Beispiel gGmbH, Hafenstraße 1, 44147 Dortmund";
    private static final FormFonts FONTS = new FormFonts();

    private final IntakeFormPdf forms =
            forms(new FormProperties(CONTROLLER), new RetentionPolicy(LocalDate.of(2034, 12, 31)));

    @Nested
    class Blank {

        @Test
        void asksEveryIntakeQuestionWithItsBoxesInGermanAloneWithoutALanguage() {
            var text = PrintedPdf.read(forms.blank(null)).text();

            assertThat(text)
                    .contains("ESF+-Eintrittsfragebogen", "A. Angaben zur Person", "1. Vorname", "2. Nachname")
                    .contains("3. Geburtsdatum", "4. Postleitzahl des Wohnorts", "7. Staatsangehörigkeit")
                    .contains("☐ weiblich", "☐ männlich", "☐ nicht-binär", "8. Eintrittsdatum")
                    .contains("☐ arbeitslos", "☐ langzeitarbeitslos", "☐ selbstständig")
                    .contains("☐ 0 – frühkindliche Bildung", "☐ 8 – Promotion", "☐ unbekannt")
                    .contains("11. Migrationshintergrund", "12. Haben Sie eine Behinderung?", "☐ keine Angabe")
                    .contains("5. Wohnen Sie im ländlichen Raum?", "Unterschrift der teilnehmenden Person")
                    .doesNotContain("☒", "Chestionar", "Maßgeblich ist die deutsche Fassung");
        }

        @Test
        void tellsWhoProcessesWhatForTheEsfReportHowLongAndTheRights() {
            var text = PrintedPdf.read(forms.blank(null)).text();

            assertThat(text)
                    .contains("D. Datenschutzhinweis (Art. 13 DSGVO)", CONTROLLER, "ESF+")
                    .contains("Art. 82 der Verordnung (EU) 2021/1060", "Diese Frist läuft derzeit bis zum 31.12.2034.")
                    .contains("Auskunft (Art. 15 DSGVO)", "Löschung (Art. 17", "Art. 77")
                    .contains("☐ Ich habe den Datenschutzhinweis gelesen und verstanden.");
        }

        @Test
        void leavesALineForTheControllerAndQuotesNoDateWhereNoneIsConfigured() {
            var unconfigured = forms(new FormProperties(" "), new RetentionPolicy(null));

            var text = PrintedPdf.read(unconfigured.blank(null)).text();

            assertThat(text)
                    .contains("ist der Träger des Projekts (Name und Anschrift):", Question.BLANK_LINE)
                    .contains("fünf Jahre ab dem 31. Dezember des Jahres der letzten Zahlung")
                    .doesNotContain("Diese Frist läuft derzeit");
        }

        @Test
        void printsRomanianBesideGermanWithTheNoteThatItIsAnUnreviewedMachineTranslation() {
            var text = PrintedPdf.read(forms.blank(FormLanguage.RO)).text();

            assertThat(text)
                    .contains("ESF+-Eintrittsfragebogen", "A. Angaben zur Person", "D. Datenschutzhinweis")
                    .contains("Chestionar de intrare FSE+", "A. Date personale", "☐ feminin", "☐ nu doresc să răspund")
                    .contains("D. Informare privind protecția datelor", "Acest termen expiră în prezent la 31.12.2034.")
                    .contains("Maßgeblich ist die deutsche Fassung.", "Traducere automată, încă nerevizuită");
        }
    }

    @Nested
    class Filled {

        @Test
        void showsTheParticipantsRecordedAnswersInBothLanguages() {
            var printed = PrintedPdf.read(forms.filled(elena(), FormLanguage.RO));
            var text = printed.text();

            assertThat(printed.withoutSpaces())
                    .contains("Teilnehmenden-Nummer:" + elena().id(), "Numărulparticipantului:" + elena().id());
            assertThat(text)
                    .contains("Elena", "Popescu", "02.03.1991", "44147", "15.01.2026")
                    .contains("RO – Rumänien", "RO – România")
                    .contains("☒ weiblich", "☐ männlich", "☒ feminin", "☐ masculin")
                    .contains("☒ langzeitarbeitslos", "☐ arbeitslos", "☒ șomer de lungă durată")
                    .contains("☒ 2 – Sekundarbereich I", "☐ unbekannt", "☒ 2 – învățământ secundar inferior")
                    .contains("☒ ja ☐ nein ☐ keine Angabe", "☐ ja ☐ nein ☒ keine Angabe")
                    .contains("☐ da ☐ nu ☒ nu doresc să răspund", "☐ ja ☒ nein")
                    .contains("☒ Ich habe den Datenschutzhinweis gelesen", "☒ Am citit și am înțeles");
        }

        @Test
        void marksAnUnknownEducationAndStatelessnessInWords() {
            var text = PrintedPdf.read(forms.filled(elena(null, "XX"), null)).text();

            assertThat(text).contains("☒ unbekannt", "☐ 2 – Sekundarbereich I", "staatenlos");
        }

        @Test
        void writesCyrillicForBulgarianAndUkrainian() {
            var bulgarian =
                    PrintedPdf.read(forms.filled(elena(), FormLanguage.BG)).text();
            var ukrainian =
                    PrintedPdf.read(forms.filled(elena(), FormLanguage.UK)).text();

            assertThat(bulgarian).contains("Въпросник при включване в ЕСФ+", "☒ жена", "RO – Румъния");
            assertThat(ukrainian).contains("Анкета учасника при вступі до ЄСФ+", "☒ жіноча", "RO – Румунія");
        }

        @Test
        void writesArabicShapedAndRightToLeft() {
            var text = PrintedPdf.read(forms.filled(elena(), FormLanguage.AR)).text();

            assertThat(text).contains("الاسم الأول", "تاريخ الميلاد", "أفضّل عدم الإجابة", "15/01/2026");
        }

        @Test
        void writesTurkishLetters() {
            var text = PrintedPdf.read(forms.filled(elena(), FormLanguage.TR)).text();

            assertThat(text).contains("ESF+ giriş anketi", "☒ kadın", "İkamet yerinin posta kodu");
        }
    }

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void isA4WithEveryFontEmbedded(FormLanguage language) {
        var printed = PrintedPdf.read(forms.filled(elena(), language));

        assertThat(printed.pageSizes()).isNotEmpty().allSatisfy(IntakeFormPdfTest::isA4);
        assertThat(printed.fonts())
                .isNotEmpty()
                .allMatch(PDFont::isEmbedded)
                .allMatch(font -> font.getName().contains("DejaVuSans"));
    }

    private static void isA4(PDRectangle page) {
        assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
    }

    private static IntakeFormPdf forms(FormProperties properties, RetentionPolicy retention) {
        return new IntakeFormPdf(FONTS, new DataProtectionNotice(properties, retention));
    }

    static ParticipantView elena() {
        return elena(2, "RO");
    }

    static ParticipantView elena(Integer isced, String nationality) {
        return new ParticipantView(
                "6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b",
                "Elena",
                "Popescu",
                LocalDate.of(1991, 3, 2),
                "44147",
                Gender.FEMALE,
                LocalDate.of(2026, 1, 15),
                LabourStatus.LONG_TERM_UNEMPLOYED,
                isced,
                nationality,
                Answer.YES,
                Answer.NO,
                Answer.DECLINED,
                Answer.NO,
                false,
                true,
                "coach1",
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
