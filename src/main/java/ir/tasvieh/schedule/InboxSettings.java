package ir.tasvieh.schedule;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

import ir.tasvieh.run.RunRequest;

/**
 * {@code tasvieh.inbox.*} (SPEC 9.5).
 *
 * @param dir the folder finance drops sheets in; {@code processed/} and {@code rejected/}
 * go beside the sheets in it
 * @param outDir where the result workbooks of inbox runs go
 * @param autoApprove pay an inbox sheet without a manager when its valid total is within
 * {@code autoApproveMaxIrr}
 * @param autoApproveMaxIrr the largest valid total paid without a manager; unset, only
 * the run limit ({@code tasvieh.limits.max-run-irr}) applies, as it does to every run
 * @param cron when the inbox folder is looked at (a Spring cron: second minute hour day
 * month weekday)
 */
@ConfigurationProperties("tasvieh.inbox")
record InboxSettings(Path dir, Path outDir, boolean autoApprove, Long autoApproveMaxIrr, String cron) {

	InboxSettings {
		cron = (cron != null) ? cron : "0 * * * * *";
		dir = (dir != null) ? dir : Path.of("inbox");
		outDir = (outDir != null) ? outDir : Path.of(RunRequest.DEFAULT_OUT_DIR);
	}

}
