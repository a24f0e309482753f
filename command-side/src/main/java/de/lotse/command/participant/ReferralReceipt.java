package de.lotse.command.participant;

import de.lotse.api.support.ReferralId;

/** A new referral's answer body: the id under which it is closed later. */
record ReferralReceipt(ReferralId id) {}
