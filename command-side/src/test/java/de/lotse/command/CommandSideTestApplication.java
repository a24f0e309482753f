package de.lotse.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration the web slice tests start from. The launchers that run Lotse live in other
 * modules; this one only lets a slice find the command side's controllers and advice.
 */
@SpringBootApplication
class CommandSideTestApplication {
}
