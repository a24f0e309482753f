package de.lotse.api.forms;

/** A form ready to print: an A4 PDF document with its fonts embedded. */
public record PrintableForm(byte[] pdf) {}
