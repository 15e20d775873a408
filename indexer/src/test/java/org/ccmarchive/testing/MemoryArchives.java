package org.ccmarchive.testing;

import static org.ccmarchive.testing.SyntheticArchive.Labels.none;
import static org.ccmarchive.testing.SyntheticArchive.Labels.spoken;

import java.time.LocalDate;

/**
 * A small archive shaped like the seed records: three Coordination Committee meetings and a report.
 */
public final class MemoryArchives {

  public static final String NOV_2023 = "cc-2023-11-13";
  public static final String JAN_2024 = "cc-2024-01-30";
  public static final String NOV_2025 = "cc-2025-11-26";
  public static final String REPORT = "isu-report-2024";

  private MemoryArchives() {}

  public static SyntheticArchive threeMeetings() {
    SyntheticArchive a = new SyntheticArchive();
    a.record(
            NOV_2023,
            "CC Minutes 13 November 2023",
            "minutes",
            "Coordination Committee › 2023-11-13",
            LocalDate.of(2023, 11, 13))
        .heading("1. Adoption of the Agenda")
        .paragraph(
            "The Committee adopted the agenda.", none().topics("meetings and procedure").decision())
        .heading("5.3 Clearance and Risk Education (Italy and Norway)")
        .paragraph(
            "Norway reported on the Article 4 extension requests expected.",
            spoken("Norway").articles("Article 4").topics("clearance"))
        .paragraph(
            "The Committee agreed that Article 4 extension requests would be analysed by the coordinators.",
            none().articles("Article 4").topics("clearance").decision());
    a.record(
            JAN_2024,
            "CC Minutes 30 January 2024",
            "minutes",
            "Coordination Committee › 2024-01-30",
            LocalDate.of(2024, 1, 30))
        .present("Mexico", "12MSP President", "Francisca E. Méndez Escobar", "Alonso Martínez")
        .present("Australia", "", "Gordon Burns")
        .present("Norway", "", "Fredrik Brogeland Laache")
        .absent("Lebanon")
        .heading("2. Opening Remarks and Adoption of the Agenda")
        .paragraph(
            "Ambassador Francisca E. Méndez Escobar, President of the 12th Meeting of States Parties (12MSP), welcomed the members.",
            spoken("Mexico").persons("Francisca E. Méndez Escobar"))
        .paragraph(
            "The Committee proceeded to approve the provisional agenda of the meeting.",
            none().topics("meetings and procedure").decision())
        .heading("3. Approval of Minutes of Previous Coordination Committee Meeting")
        .paragraph(
            "The Committee reviewed and approved the minutes of the Coordination Committee Meeting held on 13 November 2023.",
            none().topics("meetings and procedure").decision())
        .heading("5.3 Clearance and Risk Education (Italy and Norway)")
        .paragraph(
            "Norway reported that the Coordinators would assess extension requests from Chad, Germany and Lao PDR.",
            spoken("Norway").articles("Article 4").topics("clearance"))
        .paragraph(
            "Mr. Alonso Martínez of Mexico thanked the coordinators for the work on reporting.",
            spoken("Mexico").persons("Alonso Martínez").articles("Article 7"))
        .heading("6.6 Article 4 Extension Requests")
        .paragraph(
            "Germany: On 21 December, Germany provided its extension request, which the ISU reviewed.",
            spoken("ISU").articles("Article 4").topics("clearance"))
        .heading("7. Any Other Business")
        .paragraph(
            "Australia raised two matters, including the annual reporting under the Convention.",
            spoken("Australia").articles("Article 7").topics("transparency"));
    a.record(
            REPORT,
            "ISU Annual Report 2024",
            "report",
            "Meeting of States Parties › 13MSP",
            LocalDate.of(2024, 9, 1))
        .paragraph("Contributions Australia 5 723", none());
    a.record(
            NOV_2025,
            "CC Minutes 26 November 2025",
            "minutes",
            "Coordination Committee › 2025-11-26",
            LocalDate.of(2025, 11, 26))
        .present("Australia", "Transparency Measures", "Jennifer Cavenagh")
        .present("Norway", "Universalisation", "Kristian Svanes")
        .heading("Opening Remarks and Adoption of the Agenda")
        .paragraph(
            "As no requests were made, the agenda was adopted.",
            none().topics("meetings and procedure").decision())
        .heading("Transparency Measures (Australia)")
        .paragraph(
            "The Representative of Australia pointed out that the date in April overlaps with the NPT.",
            spoken("Australia").topics("meetings and procedure"))
        .paragraph(
            "The Representative of Australia asked about transparency reports under Article 7.",
            spoken("Australia").articles("Article 7").topics("transparency"));
    return a;
  }

  /** Adds the Coordination Committee meeting of 28 January 2026 (a record indexed later). */
  public static SyntheticArchive.RecordSpec january2026(SyntheticArchive a) {
    return a.record(
        "cc-2026-01-28",
        "CC Minutes 28 January 2026",
        "minutes",
        "Coordination Committee › 2026-01-28",
        LocalDate.of(2026, 1, 28));
  }
}
