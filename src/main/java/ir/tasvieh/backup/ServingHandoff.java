package ir.tasvieh.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * While a process holds the embedded database and serves HTTP, no other process can open
 * the database: a {@code backup} command then asks that process for the copy. This writes
 * beside the database ({@code data/tasvieh.serve}, readable by its owner only) the port
 * to ask on and a random key for this start, and removes it on stop. Whoever can read the
 * data folder could copy the database anyway; nobody else learns the key.
 */
@Component
class ServingHandoff implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(ServingHandoff.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Optional<EmbeddedDatabase> database;

	private final String key;

	private volatile Path written;

	ServingHandoff(DataSourceProperties dataSource) {
		this.database = EmbeddedDatabase.of(dataSource.getUrl());
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		this.key = HexFormat.of().formatHex(bytes);
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (this.database.isEmpty() || !isMainServer(event)) {
			return;
		}
		Path file = this.database.get().handoff();
		Properties handoff = new Properties();
		handoff.setProperty("port", Integer.toString(event.getWebServer().getPort()));
		handoff.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		handoff.setProperty("key", this.key);
		try {
			Path temporary = Files.createTempFile(file.getParent(), ".serve-", ".tmp");
			ownerOnly(temporary);
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				handoff.store(out, "How a backup command asks this process for a copy of the database");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			this.written = file;
		}
		catch (IOException ex) {
			logger.warn("Could not write " + file + " (" + ex.getMessage()
					+ "); a backup command cannot ask this process for a copy while it runs");
		}
	}

	@EventListener
	void removeOnClose(ContextClosedEvent event) {
		Path file = this.written;
		if (file != null) {
			this.written = null;
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A stale file is harmless: the next backup finds nobody answering on it.
			}
		}
	}

	/** Whether a request carries this start's key; compared in constant time. */
	boolean accepts(String presented) {
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.US_ASCII),
				this.key.getBytes(StandardCharsets.US_ASCII));
	}

	/** What a handoff file says, if there is one. */
	static Optional<Handoff> read(EmbeddedDatabase database) {
		Path file = database.handoff();
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties handoff = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			handoff.load(in);
			return Optional.of(new Handoff(URI
				.create("http://127.0.0.1:" + Integer.parseInt(handoff.getProperty("port")) + BackupController.PATH),
					handoff.getProperty("key"), handoff.getProperty("pid")));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static boolean isMainServer(WebServerInitializedEvent event) {
		// A management server on a port of its own has a namespace; the app's has none.
		return event.getApplicationContext().getServerNamespace() == null;
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the folder's own permissions protect it.
		}
	}

	/**
	 * @param uri where to ask for the copy
	 * @param key this start's key
	 * @param pid the process that wrote it
	 */
	record Handoff(URI uri, String key, String pid) {

	}

}
