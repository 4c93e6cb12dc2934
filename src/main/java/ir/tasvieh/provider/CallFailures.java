package ir.tasvieh.provider;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Says in one line why a call to a provider got no answer, for the record and the log:
 * from the cause chain, never quoting the request (which carries secrets).
 */
public final class CallFailures {

	private CallFailures() {
	}

	/**
	 * @param failure what the HTTP client threw
	 * @param connectTimeout the client's connect timeout, to name it
	 * @param readTimeout the client's read timeout, to name it
	 * @param scrub removes the caller's secrets from any text quoted from the failure
	 */
	public static String describe(Throwable failure, Duration connectTimeout, Duration readTimeout,
			UnaryOperator<String> scrub) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpConnectTimeoutException) {
				return "connect timeout after " + duration(connectTimeout);
			}
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return "timeout after " + duration(readTimeout);
			}
			if (cause instanceof ConnectException) {
				return "could not connect: connection refused";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? ": " + scrub.apply(root.getMessage()) : "";
		String kind = (root instanceof IOException) ? "connection failed: " : "call failed: ";
		return kind + root.getClass().getSimpleName() + message;
	}

	/** {@code 30s}, or {@code 300ms} when not whole seconds. */
	public static String duration(Duration duration) {
		return (duration.toMillisPart() == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

}
