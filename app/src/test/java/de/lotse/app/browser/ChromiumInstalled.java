package de.lotse.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the browser tests only where Debian's Chromium and its chromedriver are installed, so that
 * {@code ./mvnw verify} passes on a fresh machine. A skip is said once, at WARN, with the command
 * that installs them. With {@code -Dlotse.browser-tests=required}, as CI runs, a missing browser
 * fails the build instead: there, a silent skip would hide the UI's only end-to-end check.
 */
final class ChromiumInstalled implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String PROPERTY = "lotse.browser-tests";

    private static final Logger LOG = LoggerFactory.getLogger(ChromiumInstalled.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final List<Path> programs;
    private final boolean required;

    ChromiumInstalled() {
        this(List.of(CHROMIUM, CHROMEDRIVER), "required".equals(System.getProperty(PROPERTY)));
    }

    ChromiumInstalled(List<Path> programs, boolean required) {
        this.programs = programs;
        this.required = required;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var result = evaluate();
        if (result.isDisabled() && WARNED.compareAndSet(false, true)) {
            LOG.warn(result.getReason().orElseThrow());
        }
        return result;
    }

    ConditionEvaluationResult evaluate() {
        var missing = programs.stream()
                .filter(program -> !Files.isExecutable(program))
                .toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        var what = "the browser tests (de.lotse.app.browser) need " + missing
                + "; install them with: apt-get install chromium chromium-driver";
        if (required) {
            throw new IllegalStateException(PROPERTY + "=required, but " + what);
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + what);
    }
}
