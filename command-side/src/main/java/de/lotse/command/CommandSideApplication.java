package de.lotse.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side on its own (split mode): the aggregate, its REST endpoints and the hash chain,
 * on a real PostgreSQL ({@code SPRING_DATASOURCE_URL}) or with Axon Server (profile
 * {@code axonserver}). Its optional settings file is {@code command-side.properties}, so that it
 * never reads a file meant for the other side.
 */
@SpringBootApplication(scanBasePackages = {"de.lotse.command", "de.lotse.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side")
                .run(args);
    }
}
