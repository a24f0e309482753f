package de.lotse.api.account;

/**
 * A password or token in plain text on its way to the handler that hashes it. It never prints
 * itself, so a logged command or a failed assertion cannot leak it; no event ever holds one.
 */
public record Secret(String value) {

    @Override
    public String toString() {
        return "[secret]";
    }
}
