package ir.tasvieh.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security takes the form's POST to {@code /login} and comes
 * back here with {@code ?error}, {@code ?locked} or {@code ?logout}, which the page
 * words.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return (Viewer.current().signedIn()) ? "redirect:/runs" : "login";
	}

}
