package ir.tasvieh.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tasvieh.mail.*}: who gets a run's mail, from whom, how large an attachment may
 * be, and how a mail that could not be sent is tried again.
 *
 * @param to the recipients ({@code tasvieh.mail.to}, comma-separated)
 * @param from the sender address
 * @param maxAttachment a larger result workbook is linked, not attached
 * @param retryFirst the wait after the first failed attempt; it doubles after each
 * @param retryMax the longest wait between two attempts
 * @param claimFor how long an instance holds a mail it is sending before another may take
 * it (longer than the SMTP timeouts, so a live sender never loses its claim)
 * @param sendInterval how often {@code serve} looks at the mail outbox for mail to
 * deliver
 */
@ConfigurationProperties("tasvieh.mail")
record MailSettings(List<String> to, String from, DataSize maxAttachment, Duration retryFirst, Duration retryMax,
		Duration claimFor, Duration sendInterval) {

	MailSettings {
		to = (to != null) ? to.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList() : List.of();
		from = (from != null && !from.isBlank()) ? from.strip() : "tasvieh@localhost";
		maxAttachment = (maxAttachment != null) ? maxAttachment : DataSize.ofMegabytes(10);
		retryFirst = positive(retryFirst, Duration.ofSeconds(30));
		retryMax = positive(retryMax, Duration.ofHours(1));
		claimFor = positive(claimFor, Duration.ofMinutes(5));
		sendInterval = (sendInterval != null) ? sendInterval : Duration.ofSeconds(5);
	}

	private static Duration positive(Duration value, Duration otherwise) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : otherwise;
	}

	/**
	 * The wait before the next attempt after {@code attempts} failed ones (1, 2, ...).
	 */
	Duration backOff(int attempts) {
		Duration wait = this.retryFirst;
		for (int i = 1; i < attempts && wait.compareTo(this.retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.retryMax) > 0) ? this.retryMax : wait;
	}

}
