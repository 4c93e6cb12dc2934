package ir.tasvieh.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.tracking.*}: how payouts are sent and followed to their final state.
 *
 * @param pollInterval how often open payouts are asked about
 * @param submitRounds how often payouts the provider never took are sent again
 * @param submitGroupsInFlight how many claimed groups may be being sent at once: with two
 * or more, the provider's calls never wait while a group is claimed or recorded
 * @param attentionAfter how long a payout may stay in doubt ({@code UNKNOWN}) before its
 * run needs attention (docs/SPEC.md section 6.1)
 */
@ConfigurationProperties("tasvieh.tracking")
record TrackingSettings(@DefaultValue("2s") Duration pollInterval, @DefaultValue("5") int submitRounds,
		@DefaultValue("3") int submitGroupsInFlight, @DefaultValue("PT1H") Duration attentionAfter) {

	TrackingSettings {
		if (submitGroupsInFlight < 1) {
			throw new IllegalArgumentException("tasvieh.tracking.submit-groups-in-flight must be at least 1");
		}
	}

}
