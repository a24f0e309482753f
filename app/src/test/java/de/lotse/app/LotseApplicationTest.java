package de.lotse.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, with the {@link TestEnvironment}'s secrets and a fresh
 * embedded PostgreSQL. Each test class counts the participants it enrolled itself, so each gets an
 * application and a database of its own: the context is closed after the class, which also keeps
 * no more than one application running in the test JVM at a time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestEnvironment.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@interface LotseApplicationTest {}
