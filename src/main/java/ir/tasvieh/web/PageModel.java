package ir.tasvieh.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the viewer (for the menu, the user's name and the sign
 * out button), and on the error page of a too large upload, the limit. Limited to the
 * page controllers and the error page, so the JSON API does not pay for it.
 */
@ControllerAdvice(assignableTypes = { HomePage.class, RunPages.class, RunActions.class, UploadPage.class,
		LoginPage.class, ErrorController.class })
class PageModel {

	private final UploadedSheets uploads;

	PageModel(UploadedSheets uploads) {
		this.uploads = uploads;
	}

	@ModelAttribute("viewer")
	Viewer viewer() {
		return Viewer.current();
	}

	/**
	 * On the error page of an upload over {@code tasvieh.upload.max-size} (which the
	 * servlet container refuses before any controller runs): what the limit is.
	 */
	@ModelAttribute("tooLarge")
	Notice tooLarge(HttpServletRequest request) {
		if (!Integer.valueOf(HttpStatus.PAYLOAD_TOO_LARGE.value())
			.equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
			return null;
		}
		UploadRefused refused = UploadedSheets.tooLarge(this.uploads.maxSize());
		return Notice.error(refused.code(), refused.messageFa(), refused.messageEn());
	}

}
