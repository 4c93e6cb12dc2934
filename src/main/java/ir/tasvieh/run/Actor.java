package ir.tasvieh.run;

/**
 * Who did something to a run, and from where: a user and the client's address on the web
 * and the API, or {@code cli}, {@code inbox} and the like for the other ways in.
 *
 * @param username who
 * @param address the client's address, or the way in
 */
public record Actor(String username, String address) {

	/** A person running a command on this machine. */
	public static Actor commandLine(String username) {
		return new Actor(username, "cli");
	}

}
