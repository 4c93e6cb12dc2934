package ir.tasvieh.cli;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.cli.*}.
 *
 * @param enabled whether the command given on the command line is run once tasvieh has
 * started; {@code false} starts the application without running one (tests and benchmarks
 * do)
 */
@ConfigurationProperties("tasvieh.cli")
record CliSettings(@DefaultValue("true") boolean enabled) {

}
