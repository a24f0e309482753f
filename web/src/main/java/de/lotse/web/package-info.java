/**
 * The browser UI: pages for coaches and team leads (caseload, intake, the participant's route),
 * auditors (event histories) and evaluators (the ESF+ report). It reaches the sides only through
 * Axon's command and query gateways, exactly as the HTTP API does.
 */
@NullMarked
package de.lotse.web;

import org.jspecify.annotations.NullMarked;
