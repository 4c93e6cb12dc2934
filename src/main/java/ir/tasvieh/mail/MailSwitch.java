package ir.tasvieh.mail;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether mail is on: Spring Boot makes a mail sender only when {@code spring.mail.host}
 * is set, and a mail needs someone to go to ({@code tasvieh.mail.to}). Says once at
 * start-up which it is, and why when it is off.
 */
@Component
class MailSwitch implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(MailSwitch.class);

	private final JavaMailSender sender;

	private final MailSettings settings;

	MailSwitch(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
		this.sender = sender.getIfAvailable();
		this.settings = settings;
	}

	boolean on() {
		return this.sender != null && !this.settings.to().isEmpty();
	}

	/** The mail sender; only when {@link #on()}. */
	JavaMailSender sender() {
		return this.sender;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.sender == null) {
			logger.info("Mail is off: spring.mail.host is not set, so no mail is written or sent"
					+ " (docs/running.md, \"Mail\")");
		}
		else if (this.settings.to().isEmpty()) {
			logger.warn("Mail is off: spring.mail.host is set but tasvieh.mail.to names nobody, so no mail is"
					+ " written or sent");
		}
		else {
			String server = (this.sender instanceof JavaMailSenderImpl impl)
					? " through " + impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25) : "";
			logger.info("Mail: run mails go to " + String.join(", ", this.settings.to()) + " from "
					+ this.settings.from() + server);
		}
	}

}
