package ir.tasvieh.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/backup}: the copy a {@code backup} command asks this process for
 * while it holds the database; answers only a caller on this machine that presents the
 * key of {@link ServingHandoff}. Web security lets the path through to this check.
 */
@RestController
class BackupController {

	static final String PATH = "/internal/backup";

	static final String KEY_HEADER = "X-Tasvieh-Backup-Key";

	private final ServingHandoff handoff;

	private final DatabaseBackups backups;

	BackupController(ServingHandoff handoff, DatabaseBackups backups) {
		this.handoff = handoff;
		this.backups = backups;
	}

	@PostMapping(PATH)
	void backup(@RequestHeader(name = KEY_HEADER, required = false) String key, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!this.handoff.accepts(key) || !fromThisMachine(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		Path copy = this.backups.copyHere();
		try {
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(copy));
			try (OutputStream out = response.getOutputStream()) {
				Files.copy(copy, out);
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static boolean fromThisMachine(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		return remote != null && (remote.equals(request.getLocalAddr()) || remote.startsWith("127.")
				|| remote.equals("0:0:0:0:0:0:0:1") || remote.equals("::1"));
	}

}
