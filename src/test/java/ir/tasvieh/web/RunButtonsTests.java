package ir.tasvieh.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;

import static org.assertj.core.api.Assertions.assertThat;

class RunButtonsTests {

	private static final Viewer FINANCE = new Viewer("fatemeh", true, false);

	private static final Viewer MANAGER = new Viewer("mehdi", false, true);

	private static final Viewer UPLOADING_MANAGER = new Viewer("sara", true, true);

	private final RunButtons fourEyes = new RunButtons(true);

	private final RunButtons twoEyes = new RunButtons(false);

	@Test
	void showsApproveAndRejectToAManagerOnARunWaitingForApproval() {
		assertThat(this.fourEyes.of(run(RunStatus.VALIDATED, null), MANAGER))
			.isEqualTo(new RunButtons.Shown(true, false, false, false));
	}

	@Test
	void showsNothingToFinance() {
		for (RunStatus status : RunStatus.values()) {
			assertThat(this.fourEyes.of(run(status, "mehdi"), FINANCE).any()).as("%s", status).isFalse();
		}
	}

	@Test
	void tellsTheUploaderThatAnotherManagerDecidesWithFourEyesOnly() {
		assertThat(this.fourEyes.of(run(RunStatus.VALIDATED, null), UPLOADING_MANAGER))
			.isEqualTo(new RunButtons.Shown(false, false, false, true));
		assertThat(this.twoEyes.of(run(RunStatus.VALIDATED, null), UPLOADING_MANAGER))
			.isEqualTo(new RunButtons.Shown(true, false, false, false));
	}

	@Test
	void offersToResumeOnlyAnApprovedRunThatFailed() {
		assertThat(this.fourEyes.of(run(RunStatus.FAILED, "mehdi"), MANAGER))
			.isEqualTo(new RunButtons.Shown(false, true, false, false));
		assertThat(this.fourEyes.of(run(RunStatus.FAILED, null), MANAGER).any()).isFalse();
	}

	@Test
	void showsNoDecisionOnceARunIsDecided() {
		for (RunStatus status : List.of(RunStatus.APPROVED, RunStatus.PAYING, RunStatus.TRACKING, RunStatus.COMPLETED,
				RunStatus.REJECTED, RunStatus.DRY_RUN)) {
			assertThat(this.fourEyes.of(run(status, "mehdi"), MANAGER).any()).as("%s", status).isFalse();
		}
	}

	@Test
	void offersAManagerToRetryThePaidRunsThatHaveFailedRows() {
		List<Tally> someFailed = List.of(new Tally("PAID", 2, 2_000_000), new Tally("FAILED", 1, 1_000_000));
		assertThat(this.fourEyes.of(run(RunStatus.COMPLETED, "mehdi", false, someFailed), MANAGER))
			.isEqualTo(new RunButtons.Shown(false, false, true, false));
		assertThat(this.fourEyes.of(run(RunStatus.TRACKING, "mehdi", false, someFailed), UPLOADING_MANAGER).retry())
			.isTrue();
		assertThat(this.fourEyes.of(run(RunStatus.COMPLETED, "mehdi", false, someFailed), FINANCE).any()).isFalse();
		assertThat(this.fourEyes.of(run(RunStatus.PAYING, "mehdi", false, someFailed), MANAGER).any()).isFalse();
		assertThat(
				this.fourEyes.of(run(RunStatus.DRY_RUN, null, true, List.of(new Tally("FAILED", 1, 1))), MANAGER).any())
			.isFalse();
		assertThat(this.fourEyes.of(run(RunStatus.COMPLETED, "mehdi", false, List.of(new Tally("PAID", 3, 3))), MANAGER)
			.any()).isFalse();
	}

	private static RunView run(RunStatus status, String approvedBy) {
		return run(status, approvedBy, false, List.of());
	}

	private static RunView run(RunStatus status, String approvedBy, boolean dryRun, List<Tally> byStatus) {
		return new RunView(1, "payouts.xlsx", "ab", "nextpay", status, dryRun, "sara", approvedBy, Instant.now(), null,
				null, byStatus, List.of(), null);
	}

}
