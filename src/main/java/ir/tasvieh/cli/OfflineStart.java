package ir.tasvieh.cli;

import java.util.List;

/**
 * What a command that calls no provider ({@code validate}, {@code template}, help) leaves
 * out of its start (issue 20, docs/benchmarks.md). It has no web server and makes its
 * beans on first use, but Spring Boot still made, at every start, everything that serves
 * a running server: health and metrics of the JVM, the observation registry, a bean
 * validator (Hibernate Validator, about 450 classes), security, JSON and mail set-up, and
 * warmed Jackson and the validator up on a thread of its own. None of it is used by a
 * command that reads a sheet and writes a workbook; each costs classes loaded and code
 * run on every start.
 */
final class OfflineStart {

	/**
	 * Auto-configurations for a server: watching it (health, JVM and system metrics,
	 * observations, Prometheus), its security, JSON and HTTP conversions, mail, TLS
	 * bundles and bean validation. The ledger's own meters then record into a plain
	 * registry in memory, which nobody reads from a command.
	 */
	static final String UNUSED_AUTO_CONFIGURATIONS = String.join(",", List.of(
			"org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
			"org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
			"org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration",
			"org.springframework.boot.http.client.autoconfigure.metrics.HttpClientMetricsAutoConfiguration",
			"org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
			"org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
			"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
			"org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
			"org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
			"org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration"));

	private static final String IGNORE_BACKGROUND_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

	private OfflineStart() {
	}

	/**
	 * Spring Boot warms Jackson, the bean validator, message converters and charsets up
	 * on a thread of its own while the context starts; it reads this switch from the
	 * system properties only. A value given on the command line ({@code -D...}) is kept.
	 */
	static void skipBackgroundPreinitialization() {
		if (System.getProperty(IGNORE_BACKGROUND_PREINITIALIZER) == null) {
			System.setProperty(IGNORE_BACKGROUND_PREINITIALIZER, "true");
		}
	}

}
