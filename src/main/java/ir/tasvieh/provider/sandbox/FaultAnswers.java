package ir.tasvieh.provider.sandbox;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How both fake providers answer badly: the HTML 500 page a real gateway's proxy sends
 * (so the client must not expect JSON), and an answer held back after the work is done (a
 * slow answer, not a slow payout).
 */
public final class FaultAnswers {

	private static final String SERVER_ERROR_PAGE = "<html><body><h1>500 Internal Server Error</h1></body></html>";

	private FaultAnswers() {
	}

	public static ResponseEntity<?> serverError() {
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.TEXT_HTML)
			.body(SERVER_ERROR_PAGE);
	}

	/** {@code answer}, once {@code delay} has passed. */
	public static <T> T after(Duration delay, T answer) {
		if (!delay.isZero()) {
			try {
				Thread.sleep(delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return answer;
	}

}
