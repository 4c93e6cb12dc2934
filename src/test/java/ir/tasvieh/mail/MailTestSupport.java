package ir.tasvieh.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * What the mail, inbox and scheduler tests share: a GreenMail server on a fixed loopback
 * port (so it can be stopped and started again where the application expects it), the
 * parts of a received mail, small payout sheets of content no other test uses, and
 * polling.
 */
public final class MailTestSupport {

	/** SHEBAs the sandbox pays. */
	public static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044" };

	private static final AtomicInteger sheets = new AtomicInteger();

	private MailTestSupport() {
	}

	/** An SMTP server setup on a loopback port that is free now. */
	public static ServerSetup smtpOnFreePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A CSV sheet of three payable rows (each amount {@code amountEach} plus a little so
	 * that the content is new), and one invalid row if asked.
	 */
	public static Path sheet(Path file, long amountEach, boolean withInvalidRow) throws IOException {
		int n = sheets.incrementAndGet();
		StringBuilder csv = new StringBuilder("name,sheba,amount\n");
		for (int i = 0; i < SHEBAS.length; i++) {
			csv.append("Payee ").append(i).append(',').append(SHEBAS[i]).append(',');
			csv.append(amountEach + i * 1000L + n * 10L + System.nanoTime() % 7).append('\n');
		}
		if (withInvalidRow) {
			csv.append("Broken,IR000000000000000000000000,5000\n");
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.writeString(file, csv.toString());
	}

	/**
	 * The text of the first part of a mail with this content type ({@code text/html}).
	 */
	public static String text(MimeMessage message, String type) throws MessagingException, IOException {
		for (Part part : parts(message)) {
			if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return (String) part.getContent();
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	/** The attachments of a mail. */
	public static List<Part> attachments(MimeMessage message) throws MessagingException, IOException {
		return parts(message).stream().filter((part) -> {
			try {
				return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static List<Part> parts(Part part) throws MessagingException, IOException {
		List<Part> parts = new ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				parts.addAll(parts(body));
			}
		}
		else {
			parts.add(part);
		}
		return parts;
	}

}
