package ir.tasvieh.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import ir.tasvieh.web.SignInThrottle.SignInLocked;
import ir.tasvieh.sheet.MessageText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the API's security refusals in JSON: 401 {@code UNAUTHORIZED} (or
 * {@code LOCKED} after too many failed sign-ins) with a Basic challenge, and 403
 * {@code FORBIDDEN} for a user without the role.
 */
class ApiErrorWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ApiErrorWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"tasvieh\", charset=\"UTF-8\"");
		if (authException instanceof SignInLocked locked) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, locked.remaining().toSeconds())));
			write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiError.bilingual("LOCKED", locked.getMessage(),
					"ورودهای ناموفق این کاربر بیش از حد شده است؛ چند دقیقهٔ دیگر دوباره بکوشید.", null));
			return;
		}
		write(response, HttpServletResponse.SC_UNAUTHORIZED,
				ApiError.bilingual("UNAUTHORIZED", "Sign in with HTTP Basic: a valid username and password are needed",
						"با نام کاربری و گذرواژهٔ درست (" + MessageText.isolate("HTTP Basic") + ") وارد شوید.", null));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, forbidden());
	}

	static ApiError forbidden() {
		return ApiError.bilingual("FORBIDDEN",
				"Your role does not allow this: uploading needs FINANCE; approving, rejecting and retrying need"
						+ " MANAGER",
				"نقش شما اجازهٔ این کار را نمی‌دهد: بارگذاری نقش " + MessageText.isolate("FINANCE")
						+ " و تأیید، رد و تلاش دوباره نقش " + MessageText.isolate("MANAGER") + " می‌خواهد.",
				null);
	}

	void write(HttpServletResponse response, int status, ApiError error) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), error);
	}

}
