package de.lotse.command.intake;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret that keys the duplicate register's hashes ({@code lotse.intake.hash-secret}). It has
 * no default: a published default would let anyone test a guessed name against a stolen
 * register, so every installation sets its own.
 */
@Validated
@ConfigurationProperties("lotse.intake")
public record IntakeProperties(@NotBlank String hashSecret) {

    @Override
    public String toString() {
        return "IntakeProperties[hashSecret hidden]";
    }
}
