package de.lotse.api.pathway;

/**
 * What a qualification trains for. Besides vocational training the programme trains for housing,
 * everyday life, language and culture; the kind never decides EECR03, only the certificate does.
 */
public enum QualificationKind {
    VOCATIONAL,
    HOUSING,
    EVERYDAY_LIFE,
    LANGUAGE,
    CULTURAL
}
