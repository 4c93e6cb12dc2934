package ir.tasvieh.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ir.tasvieh.sheet.MessageText;

/**
 * Answers any {@code /api/**} request that no endpoint takes with a JSON 404, not the
 * HTML error page: the most specific mapping wins, so this one only gets the leftovers.
 */
@RestController
class ApiFallbackController {

	@RequestMapping("/api/**")
	public void noSuchEndpoint(HttpServletRequest request) {
		String what = request.getMethod() + " " + request.getRequestURI();
		throw new ApiException(HttpStatus.NOT_FOUND,
				ApiError.bilingual("NOT_FOUND", "There is no API endpoint " + what + "; see docs/api.md",
						"نشانی " + MessageText.isolate(what) + " در " + MessageText.isolate("API") + " وجود ندارد؛ بخش "
								+ MessageText.isolate("API") + " راهنما را ببینید.",
						null));
	}

}
