package ir.tasvieh.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whether a client's address is the local machine ({@code 127.0.0.0/8}, {@code ::1}).
 */
public final class LocalMachine {

	// Only an IP literal is parsed, so that no address ever triggers a DNS lookup.
	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private LocalMachine() {
	}

	/**
	 * @param address a request's remote address, as the servlet container gives it
	 */
	public static boolean isLoopback(String address) {
		if (address == null || !IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
