package ir.tasvieh.cli;

import ir.tasvieh.backup.BackupOutcome;

/** Says what a backup or restore did and turns it into an exit code. */
final class BackupExit {

	private BackupExit() {
	}

	/**
	 * 0 done; 2 refused (nothing changed); 4 failed part-way (nothing changed either).
	 */
	static int report(BackupOutcome outcome) {
		switch (outcome.kind()) {
			case DONE -> {
				System.out.println(outcome.message());
				return ExitCodes.OK;
			}
			case REFUSED -> {
				System.err.println(outcome.message());
				return ExitCodes.USAGE;
			}
			default -> {
				System.err.println(outcome.message());
				return ExitCodes.JOB_FAILED;
			}
		}
	}

}
