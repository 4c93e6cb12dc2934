package ir.tasvieh.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.refresh.*}: when {@code serve} follows open payouts on its own.
 *
 * @param cron when payouts still pending are asked about again and their workbooks
 * rewritten (a Spring cron: second minute hour day month weekday)
 */
@ConfigurationProperties("tasvieh.refresh")
record RefreshSettings(String cron) {

	RefreshSettings {
		cron = (cron != null) ? cron : "0 */5 * * * *";
	}

}
