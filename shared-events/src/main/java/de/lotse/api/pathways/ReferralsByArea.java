package de.lotse.api.pathways;

import de.lotse.api.support.ReferralArea;
import org.jspecify.annotations.Nullable;

/**
 * The referrals of one area: how many were made, how many closed as resolved, and the median days
 * from the referral to its closing over the closed ones.
 */
public record ReferralsByArea(
        ReferralArea area,
        @Nullable Long made,
        @Nullable Long resolved,
        @Nullable Double medianDaysOpen) {}
