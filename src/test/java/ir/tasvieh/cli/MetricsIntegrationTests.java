package ir.tasvieh.cli;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pays the sample sheet through the sandbox with the mail server down, and reads
 * {@code /actuator/prometheus} before and after as a scraper on this machine does
 * (docs/operations.md lists each meter).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.mail.to=managers@example.com",
				"spring.mail.properties.mail.smtp.connectiontimeout=2000" })
class MetricsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@TempDir
	Path out;

	/** A mail server that is down: nothing listens on the port. */
	@DynamicPropertySource
	static void mailServerDown(DynamicPropertyRegistry registry) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
	}

	@Test
	void countsPayoutsCallsAndRowsAndShowsTheOutboxWhenARunIsPaid() {
		String before = scrape();
		int exit = CommandLineEntry.commandLine(this.context)
			.execute("run", "samples/payouts-valid.xlsx", "--provider", "nextpay", "--out", this.out.toString(),
					"--wait", "PT30S");
		assertThat(exit).isZero();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String after = scrape();
			String paid = "tasvieh_payouts_total{provider=\"nextpay\",status=\"PAID\"";
			assertThat(Scrape.value(after, paid) - Scrape.value(before, paid)).isEqualTo(10);
			String submitting = "tasvieh_payouts_total{provider=\"nextpay\",status=\"SUBMITTING\"";
			assertThat(Scrape.value(after, submitting) - Scrape.value(before, submitting)).isEqualTo(10);
			String valid = "tasvieh_rows_validated_total{result=\"valid\"";
			assertThat(Scrape.value(after, valid) - Scrape.value(before, valid)).isEqualTo(10);
			String checkouts = "tasvieh_provider_calls_seconds_count{endpoint=\"checkout_withoutfee\",outcome=\"SUCCESS\",provider=\"nextpay\"";
			assertThat(Scrape.value(after, checkouts) - Scrape.value(before, checkouts)).isEqualTo(10);
			assertThat(Scrape.has(after, "tasvieh_provider_calls_seconds_bucket{endpoint=\"checkout_withoutfee\""))
				.isTrue();
			assertThat(Scrape.value(after,
					"tasvieh_provider_calls_seconds_count{endpoint=\"get_checkout_status_tracker\""))
				.isPositive();
			// The run's mails wait in the outbox while the mail server is down.
			assertThat(Scrape.value(before, "tasvieh_mail_outbox_size")).isZero();
			assertThat(Scrape.value(after, "tasvieh_mail_outbox_size")).isPositive();
			assertThat(after).contains("tasvieh_mail_outbox_age_seconds");
			assertThat(Scrape.has(after, "tasvieh_payouts_open{provider=\"vandar\",status=\"UNKNOWN\"")).isTrue();
			assertThat(Scrape.value(after, "tasvieh_payouts_in_doubt{provider=\"nextpay\"")).isZero();
			assertThat(after).contains("tasvieh_runs_attention");
			// Spring Batch's own observation of every step.
			assertThat(after).containsPattern("spring_batch_step_seconds_count\\{[^}]*validateRows");
			assertThat(after).containsPattern("spring_batch_step_seconds_count\\{[^}]*submitPayouts");
		});
	}

	private String scrape() {
		return RestClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/actuator/prometheus")
			.retrieve()
			.body(String.class);
	}

	/** Reads Prometheus's text format. */
	static final class Scrape {

		private Scrape() {
		}

		/**
		 * The sum of the samples a selector picks: {@code name} or
		 * {@code name{label="value",…} } (the labels it names, in any order, among
		 * others); 0 when there is none.
		 */
		static double value(String scrape, String selector) {
			double sum = 0;
			for (String line : scrape.split("\n")) {
				if (matches(line, selector)) {
					sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return sum;
		}

		static boolean has(String scrape, String selector) {
			return Arrays.stream(scrape.split("\n")).anyMatch((line) -> matches(line, selector));
		}

		private static boolean matches(String line, String selector) {
			int brace = selector.indexOf('{');
			String name = (brace < 0) ? selector : selector.substring(0, brace);
			if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
				return false;
			}
			if (brace < 0) {
				return true;
			}
			String labels = line.substring(0, line.lastIndexOf(' '));
			for (String label : selector.substring(brace + 1).replace("}", "").split("\",")) {
				if (!labels.contains(label.endsWith("\"") ? label : label + "\"")) {
					return false;
				}
			}
			return true;
		}

	}

}
