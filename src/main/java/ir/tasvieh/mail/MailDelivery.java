package ir.tasvieh.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import ir.tasvieh.mail.Outbox.OutboxMail;

/**
 * Hands one composed mail to the SMTP server. With {@code mail.smtp.sendpartial} (set in
 * application.properties) a server that refuses some recipients still delivers to the
 * others; such a mail counts as sent, since sending it again would give the others a
 * second copy, and the refused addresses are noted in the outbox.
 */
@Component
class MailDelivery {

	static final String HEADER = "X-Tasvieh-Mail";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MailSwitch mailSwitch;

	private final MailSettings settings;

	MailDelivery(MailSwitch mailSwitch, MailSettings settings) {
		this.mailSwitch = mailSwitch;
		this.settings = settings;
	}

	/**
	 * Sends the mail.
	 * @return {@code null}, or which recipients the server refused while it took the mail
	 * for the others
	 * @throws org.springframework.mail.MailException when nobody got it
	 */
	String send(OutboxMail mail, RunMail.Composed composed) {
		JavaMailSender sender = this.mailSwitch.sender();
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(mail.recipients().toArray(String[]::new));
			helper.setSubject(composed.subject());
			helper.setText(composed.text(), composed.html());
			if (composed.attachment() != null) {
				// Read now: a refresh replaces the workbook whole, and the
				// mail carries the version it describes.
				helper.addAttachment(composed.attachment().getFileName().toString(),
						new ByteArrayResource(Files.readAllBytes(composed.attachment())), XLSX);
			}
			// Tells the mails of one run apart (and lets a reader's filter find them).
			message.setHeader(HEADER,
					mail.runId() + "/" + mail.moment() + ((mail.round() > 0) ? "/" + mail.round() : ""));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("The mail could not be put together: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The result workbook could not be read: " + ex.getMessage(), ex);
		}
		try {
			sender.send(message);
			return null;
		}
		catch (MailSendException ex) {
			String refused = partlyDelivered(ex);
			if (refused == null) {
				throw ex;
			}
			return refused;
		}
	}

	private static String partlyDelivered(MailSendException ex) {
		for (Exception failure : ex.getFailedMessages().values()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SendFailedException refused && refused.getValidSentAddresses() != null
						&& refused.getValidSentAddresses().length > 0) {
					return "sent to " + addresses(refused.getValidSentAddresses()) + "; refused by the server: "
							+ addresses(refused.getInvalidAddresses());
				}
			}
		}
		return null;
	}

	private static String addresses(Address[] addresses) {
		return (addresses != null) ? Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "))
				: "";
	}

	/**
	 * One line about why a mail was not sent, for the log and the outbox: the exception's
	 * messages, without the SMTP password should a server echo it.
	 */
	String describe(Exception ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName());
		for (Throwable cause = ex; cause != null && text.length() < 900; cause = cause.getCause()) {
			if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
				text.append(": ").append(cause.getMessage().replaceAll("\\s+", " "));
			}
			if (cause instanceof MailSendException send) {
				send.getFailedMessages().values().stream().findFirst().ifPresent((first) -> {
					if (first.getMessage() != null) {
						text.append(": ").append(first.getMessage().replaceAll("\\s+", " "));
					}
				});
			}
		}
		String password = (this.mailSwitch.sender() instanceof JavaMailSenderImpl impl) ? impl.getPassword() : null;
		String line = text.toString();
		return (password != null && !password.isEmpty()) ? line.replace(password, "***") : line;
	}

}
