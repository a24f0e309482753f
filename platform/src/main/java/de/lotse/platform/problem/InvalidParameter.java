package de.lotse.platform.problem;

/**
 * A request parameter that is invalid on its own in a way bean validation cannot say (a value
 * that parses as neither of two accepted forms). Answered with a 400 naming the parameter.
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
