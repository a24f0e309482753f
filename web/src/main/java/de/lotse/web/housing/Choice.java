package de.lotse.web.housing;

/** One thing a form lets the user pick (an offer, a tenancy, a participant): its id and how it reads. */
record Choice(String value, String label) {}
