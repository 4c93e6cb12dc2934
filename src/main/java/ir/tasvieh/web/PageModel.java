package ir.tasvieh.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the viewer (for the menu, the user's name and the sign
 * out button). Limited to the page controllers and the error page, so the JSON API does
 * not pay for it.
 */
@ControllerAdvice(assignableTypes = { RunPages.class, RunActions.class, UploadPage.class, LoginPage.class,
		ErrorController.class })
class PageModel {

	@ModelAttribute("viewer")
	Viewer viewer() {
		return Viewer.current();
	}

}
