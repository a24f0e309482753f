package de.lotse.api.forms;

/**
 * A form ready to print: an A4 PDF document with its fonts embedded, and the file name it is
 * saved under, which says the form and its languages (e.g. {@code esf-intake-form-de-ro.pdf}).
 */
public record PrintableForm(String fileName, byte[] pdf) {}
