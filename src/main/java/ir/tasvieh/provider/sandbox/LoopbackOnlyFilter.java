package ir.tasvieh.provider.sandbox;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import ir.tasvieh.network.LocalMachine;

/**
 * Answers 403 to any client of {@code /sandbox/**} that is not on the local machine
 * ({@code 127.0.0.0/8}, {@code ::1}): the sandbox moves fake money and has no sign-in.
 */
class LoopbackOnlyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (LocalMachine.isLoopback(request.getRemoteAddr())) {
			chain.doFilter(request, response);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "The sandbox answers the local machine only");
		}
	}

}
