package de.lotse.query.operations;

/**
 * What went wrong, told without the stack and without data: the innermost cause's class and the
 * first line of its message. PostgreSQL puts the offending values on the lines after the first
 * ({@code Detail: Key (...)=(...)}), so they stay out, and so does the payload a deserializer
 * might quote further down.
 */
record FailureCause(String type, String message) {

    private static final int LONGEST = 300;

    static FailureCause of(Throwable error) {
        var cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = String.valueOf(cause.getMessage())
                .lines()
                .findFirst()
                .orElse("")
                .strip();
        return new FailureCause(cause.getClass().getSimpleName(), shortened(message));
    }

    /** The type and the message in one line. */
    String described() {
        return shortened(type + ": " + message);
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 3) + "...";
    }
}
