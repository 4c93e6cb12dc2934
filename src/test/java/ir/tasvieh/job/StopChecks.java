package ir.tasvieh.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet to stop half-way, and what must hold of a stopped run (docs/SPEC.md 9.7),
 * counted at the sandbox: every call that would send arrived before the stop was
 * answered, each payout never sent is CANCELED with the manager's words and never reached
 * the provider, and each payout that reached it did so once.
 */
final class StopChecks {

	/**
	 * How late a call the stop found on its way may be logged by the sandbox: it passed
	 * its last check before the stop committed, and was then already on the wire.
	 */
	static final Duration ON_THE_WIRE = Duration.ofMillis(150);

	private StopChecks() {
	}

	/** A header and {@code count} payable rows with trackers {@code S-<tag>-<n>}. */
	static String[][] rows(String tag, int count) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount", "tracker" });
		for (int i = 0; i < count; i++) {
			rows.add(new String[] { "Payee " + i,
					PaymentIntegrationTests.SHEBAS[i % PaymentIntegrationTests.SHEBAS.length],
					Long.toString(1_000_000L + 1_000L * i), "S-" + tag + "-" + i });
		}
		return rows.toArray(new String[0][]);
	}

	/**
	 * Checks a stopped run's rows against what the sandbox received.
	 * @param answered when the stop was answered
	 * @return the rows never sent
	 */
	static List<LedgerRow> nothingSentAfter(Instant answered, List<LedgerRow> rows, Map<String, List<Instant>> sends,
			String neverSentReason) {
		List<LedgerRow> neverSent = rows.stream()
			.filter((row) -> row.status() == PayoutStatus.CANCELED && neverSentReason.equals(row.providerStatus()))
			.toList();
		Set<String> trackers = rows.stream().map(LedgerRow::tracker).collect(java.util.stream.Collectors.toSet());
		for (LedgerRow row : neverSent) {
			assertThat(sends.get(row.tracker())).as("row %d was never sent", row.rowNo()).isNull();
		}
		for (LedgerRow row : rows) {
			if (!neverSent.contains(row)) {
				assertThat(sends.get(row.tracker())).as("row %d was sent once", row.rowNo()).hasSize(1);
			}
		}
		sends.forEach((tracker, times) -> {
			if (trackers.contains(tracker)) {
				assertThat(times).allSatisfy((time) -> assertThat(time).as("%s sent after the stop", tracker)
					.isBeforeOrEqualTo(answered.plus(ON_THE_WIRE)));
			}
		});
		return neverSent;
	}

}
