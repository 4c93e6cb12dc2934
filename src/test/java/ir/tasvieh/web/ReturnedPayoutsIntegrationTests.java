package ir.tasvieh.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import ir.tasvieh.mail.Mail;
import ir.tasvieh.mail.MailTestSupport;
import ir.tasvieh.run.Runs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A payout NextPay said was paid and later reports returned by the bank becomes
 * {@code REVERSED} with NextPay's words, and one mail says so (docs/SPEC.md sections 5
 * and 9.6). NextPay answers only when asked, so tasvieh asks about a paid payout again
 * once {@code returns-asked-every} has passed, until {@code returns-window} has: never at
 * every refresh, and never after the window. The built-in sandbox returns payouts on
 * request.
 */
class ReturnedPayoutsIntegrationTests extends InDoubtRuns {

	/** The reason NextPay's status and its description make. */
	private static final String RETURNED = "Returned (Your withdrawal was returned by the destination bank)";

	@Autowired
	Runs runs;

	@Autowired
	Mail mail;

	@Test
	void aPaidPayoutTheBankReturnsWithinTheWindowBecomesReversedAndIsMailedOnce() throws Exception {
		String prefix = "RETURNS-" + System.nanoTime();
		long id = paid(prefix, "COMPLETED");
		assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");
		this.sandbox(Map.of("returnTrackersMatching", "^" + prefix + "-"));

		// Paid just now: not asked yet, however often the run is refreshed.
		int before = inquiries(id, 2);
		this.runs.refresh();
		assertThat(inquiries(id, 2)).isEqualTo(before);
		assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");

		paidAgo(id, 2, Duration.ofHours(13));
		paidAgo(id, 3, Duration.ofDays(5));
		this.runs.refresh();
		this.runs.refresh();
		this.mail.deliverPending(Duration.ofSeconds(20));

		assertThat(rowStatuses(id)).as("row 3 was paid before the window").containsExactly("REVERSED", "PAID");
		assertThat(inquiries(id, 2)).isEqualTo(before + 1);
		assertThat(inquiries(id, 3)).isEqualTo(before);
		this.mvc.perform(get("/api/runs/" + id + "/rows?status=REVERSED").with(finance()))
			.andExpect(jsonPath("$.rows[0].row").value(2))
			.andExpect(jsonPath("$.rows[0].reason").value(RETURNED));
		this.mvc.perform(get("/api/runs/" + id).with(finance()))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.outcome").value("COMPLETED_WITH_FAILURES"));
		List<MimeMessage> reversed = Arrays.stream(greenMail.getReceivedMessages())
			.filter((message) -> subject(message).startsWith("REVERSED: ") && subject(message).contains(prefix))
			.toList();
		assertThat(reversed).hasSize(1);
		assertThat(MailTestSupport.text(reversed.get(0), "text/plain"))
			.contains("Row 2 (Payee A): REVERSED, reason: " + RETURNED);
	}

	@Test
	void aPaidPayoutAskedAboutAgainIsNotAskedAgainWithinTheInterval() throws Exception {
		String prefix = "ASKED-" + System.nanoTime();
		long id = paid(prefix, "COMPLETED");
		paidAgo(id, 2, Duration.ofHours(13));
		int before = inquiries(id, 2);

		this.runs.refresh();
		this.runs.refresh();
		this.runs.refresh();

		assertThat(inquiries(id, 2)).isEqualTo(before + 1);
		assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");
	}

	/** Makes a paid row look paid {@code ago}. */
	private void paidAgo(long runId, int rowNo, Duration ago) {
		this.jdbc.update("UPDATE payout SET updated_at = ? WHERE run_id = ? AND row_no = ? AND status = 'PAID'",
				Timestamp.from(Instant.now().minus(ago)), runId, rowNo);
	}

	/** How many status answers tasvieh stored for a row. */
	private int inquiries(long runId, int rowNo) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM provider_answer a JOIN payout p ON p.id = a.payout_id"
						+ " WHERE p.run_id = ? AND p.row_no = ? AND a.operation LIKE 'get_checkout_status%'",
				Integer.class, runId, rowNo);
		return (count != null) ? count : 0;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
