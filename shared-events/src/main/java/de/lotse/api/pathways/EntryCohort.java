package de.lotse.api.pathways;

import org.jspecify.annotations.Nullable;

/** The participants who entered in one quarter ({@code 2026-Q1}), how many left and how many were employed upon leaving. */
public record EntryCohort(
        String entryQuarter,
        @Nullable Long participants,
        @Nullable Long exited,
        @Nullable Long employedUponLeaving) {}
