package de.lotse.bench;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The secrets of one run, made up for it: every Lotse the run starts, in its own JVM or as a
 * process of its own, gets the same ones, so that each can read what another sealed and the demo
 * accounts sign in with {@link #password}.
 */
record Secrets(String masterKey, String hashSecret, String pseudonymSecret, String password) {

    static Secrets random() {
        var masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        return new Secrets(
                Base64.getEncoder().encodeToString(masterKey),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
    }

    /** The command-line arguments that hand these secrets and the database to a Lotse. */
    List<String> arguments(String databaseUrl) {
        return List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--lotse.demo-password=" + password,
                "--lotse.intake.hash-secret=" + hashSecret,
                "--lotse.export.pseudonym-secret=" + pseudonymSecret,
                "--lotse.master-key=" + masterKey);
    }
}
