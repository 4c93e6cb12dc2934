package ir.tasvieh.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking at a page and what they may do there; pages show only the buttons the
 * viewer may use (the server checks every action again).
 *
 * @param username the signed-in user, or {@code null}
 * @param finance may upload sheets
 * @param manager may approve, reject and retry runs
 */
record Viewer(String username, boolean finance, boolean manager) {

	static final String FINANCE = "ROLE_FINANCE";

	static final String MANAGER = "ROLE_MANAGER";

	public boolean signedIn() {
		return this.username != null;
	}

	/** The viewer of the current request. */
	static Viewer current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return new Viewer(null, false, false);
		}
		boolean finance = false;
		boolean manager = false;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			finance |= FINANCE.equals(authority.getAuthority());
			manager |= MANAGER.equals(authority.getAuthority());
		}
		return new Viewer(authentication.getName(), finance, manager);
	}

}
