package de.lotse.platform.http;

import org.jspecify.annotations.Nullable;

/** What a request was answered with, as far as a repeat of it must be answered the same. */
record RecordedAnswer(
        int status, @Nullable String location, @Nullable String contentType, byte[] body) {}
