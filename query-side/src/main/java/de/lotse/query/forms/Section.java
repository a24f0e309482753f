package de.lotse.query.forms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A part of the questionnaire under its heading, with a hint for all of its questions where one is needed. */
record Section(String key, @Nullable String hintKey, List<Question> questions) {}
