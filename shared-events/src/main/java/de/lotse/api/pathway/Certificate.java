package de.lotse.api.pathway;

/** What a qualification is evidenced by. A bare attendance certificate is no qualification (EECR03). */
public enum Certificate {
    RECOGNISED,
    MODULE,
    ATTENDANCE_ONLY;

    /** Whether it counts as "gaining a qualification" for EECR03. */
    public boolean isQualification() {
        return this != ATTENDANCE_ONLY;
    }
}
