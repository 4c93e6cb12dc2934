package ir.tasvieh.mail;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import ir.tasvieh.run.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes of a run's status are mailed, and how a failed mail waits. */
class MailMomentTests {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "VALIDATING, VALIDATED, AWAITING_APPROVAL", "PAYING, TRACKING, REPORTED",
			"PAYING, COMPLETED, COMPLETED", "TRACKING, COMPLETED, COMPLETED", "VALIDATING, COMPLETED, COMPLETED",
			"VALIDATING, DRY_RUN, ", "VALIDATED, APPROVED, ", "APPROVED, PAYING, ", "VALIDATED, REJECTED, DECLINED",
			"PAYING, FAILED, ", "FAILED, APPROVED, ", "VALIDATING, REJECTED, SHEET_REJECTED",
			"APPROVED, STOPPED, STOPPED", "PAYING, STOPPED, STOPPED", "TRACKING, STOPPED, STOPPED" })
	void mailsTheMomentsOfSpecSection96AndALateWholeSheetRejection(RunStatus from, RunStatus to, MailMoment moment) {
		assertThat(MailMoment.of(from, to)).isEqualTo(moment);
	}

	@Test
	void doublesTheWaitAfterEachFailedAttemptUpToTheLongest() {
		MailSettings settings = new MailSettings(List.of("a@tasvieh.test"), null, null, Duration.ofSeconds(30),
				Duration.ofMinutes(5), null, null);

		assertThat(List.of(1, 2, 3, 4, 5, 50).stream().map(settings::backOff)).containsExactly(Duration.ofSeconds(30),
				Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(5),
				Duration.ofMinutes(5));
	}

	@Test
	void readsCommaSeparatedRecipientsAndDefaultsTheRest() {
		MailSettings settings = new MailSettings(List.of(" mehdi@tasvieh.test", "", "maryam@tasvieh.test "), " ", null,
				null, null, null, null);

		assertThat(settings.to()).containsExactly("mehdi@tasvieh.test", "maryam@tasvieh.test");
		assertThat(settings.from()).isEqualTo("tasvieh@localhost");
		assertThat(settings.maxAttachment().toMegabytes()).isEqualTo(10);
		assertThat(settings.backOff(1)).isEqualTo(Duration.ofSeconds(30));
	}

}
