package ir.tasvieh.provider.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 403 to any client of {@code /sandbox/**} that is not on the local machine
 * ({@code 127.0.0.0/8}, {@code ::1}): the sandbox moves fake money and has no sign-in.
 */
class LoopbackOnlyFilter extends OncePerRequestFilter {

	// Only an IP literal is parsed, so that no address ever triggers a DNS lookup.
	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isLoopback(request.getRemoteAddr())) {
			chain.doFilter(request, response);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "The sandbox answers the local machine only");
		}
	}

	static boolean isLoopback(String address) {
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
