package ir.tasvieh.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;

import static org.assertj.core.api.Assertions.assertThat;

class RunButtonsTests {

	private static final Viewer FINANCE = new Viewer("fatemeh", true, false);

	private static final Viewer MANAGER = new Viewer("mehdi", false, true);

	private static final Viewer UPLOADING_MANAGER = new Viewer("sara", true, true);

	private final RunButtons fourEyes = new RunButtons(new MockEnvironment());

	private final RunButtons twoEyes = new RunButtons(
			new MockEnvironment().withProperty("tasvieh.approval.four-eyes", "false"));

	@Test
	void showsApproveAndRejectToAManagerOnARunWaitingForApproval() {
		assertThat(this.fourEyes.of(run(RunStatus.VALIDATED, null), MANAGER))
			.isEqualTo(new RunButtons.Shown(true, false, false));
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
			.isEqualTo(new RunButtons.Shown(false, false, true));
		assertThat(this.twoEyes.of(run(RunStatus.VALIDATED, null), UPLOADING_MANAGER))
			.isEqualTo(new RunButtons.Shown(true, false, false));
	}

	@Test
	void offersToResumeOnlyAnApprovedRunThatFailed() {
		assertThat(this.fourEyes.of(run(RunStatus.FAILED, "mehdi"), MANAGER))
			.isEqualTo(new RunButtons.Shown(false, true, false));
		assertThat(this.fourEyes.of(run(RunStatus.FAILED, null), MANAGER).any()).isFalse();
	}

	@Test
	void showsNoDecisionOnceARunIsDecided() {
		for (RunStatus status : List.of(RunStatus.APPROVED, RunStatus.PAYING, RunStatus.TRACKING, RunStatus.COMPLETED,
				RunStatus.REJECTED, RunStatus.DRY_RUN)) {
			assertThat(this.fourEyes.of(run(status, "mehdi"), MANAGER).any()).as("%s", status).isFalse();
		}
	}

	private static RunView run(RunStatus status, String approvedBy) {
		return new RunView(1, "payouts.xlsx", "ab", "nextpay", status, false, "sara", approvedBy, Instant.now(), null,
				null, List.of(), List.of(), null);
	}

}
