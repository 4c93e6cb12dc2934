package ir.tasvieh.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The inbox folder: which files in it are complete, and moving them out. A file counts as
 * complete when its size and modification time are the same at two looks in a row (a copy
 * or upload still under way changes one of them); the previous look is kept in memory
 * between ticks. Files that are being written under a temporary name (Office's
 * {@code ~$…} lock files, hidden {@code .…} files, {@code *.tmp}, {@code *.part}) are
 * never touched.
 */
@Component
class InboxFolder {

	static final String PROCESSED = "processed";

	static final String REJECTED = "rejected";

	private final Path dir;

	private final Map<Path, Look> previousLooks = new ConcurrentHashMap<>();

	InboxFolder(InboxSettings settings) {
		this.dir = settings.dir();
	}

	Path dir() {
		return this.dir;
	}

	/**
	 * The files that have stopped changing since the previous look, oldest first, and
	 * remembers this look for the next.
	 */
	List<Path> completeFiles() {
		List<Path> complete = new ArrayList<>();
		Map<Path, Look> looks = new ConcurrentHashMap<>();
		try {
			Files.createDirectories(this.dir);
			try (Stream<Path> files = Files.list(this.dir)) {
				for (Path file : files.sorted().toList()) {
					Look look = look(file);
					if (look == null || ignored(file.getFileName().toString())) {
						continue;
					}
					looks.put(file, look);
					if (look.equals(this.previousLooks.get(file))) {
						complete.add(file);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The inbox " + this.dir.toAbsolutePath() + " cannot be read", ex);
		}
		this.previousLooks.clear();
		this.previousLooks.putAll(looks);
		return complete;
	}

	/** Moves a file to {@code processed/}; returns where it went. */
	Path processed(Path file) {
		return moveTo(PROCESSED, file);
	}

	/**
	 * Moves a file to {@code rejected/} and writes {@code <name>.txt} beside it with the
	 * reason; returns where it went.
	 */
	Path rejected(Path file, String reason) {
		Path moved = moveTo(REJECTED, file);
		try {
			Files.writeString(moved.resolveSibling(moved.getFileName() + ".txt"), reason, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The reason for " + moved + " could not be written", ex);
		}
		return moved;
	}

	/** Moves a file into a folder beside it, with a suffix when the name is taken. */
	private Path moveTo(String folder, Path file) {
		this.previousLooks.remove(file);
		Path target = this.dir.resolve(folder);
		try {
			Files.createDirectories(target);
			String name = file.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String base = (dot > 0) ? name.substring(0, dot) : name;
			String extension = (dot > 0) ? name.substring(dot) : "";
			for (int n = 1;; n++) {
				Path candidate = target.resolve((n == 1) ? name : base + "-" + n + extension);
				try {
					return Files.move(file, candidate);
				}
				catch (FileAlreadyExistsException taken) {
					// Try the next suffix: a sheet handed in twice keeps both copies.
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not move " + file + " to " + target, ex);
		}
	}

	static boolean ignored(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith(".part");
	}

	private static Look look(Path file) throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.isRegularFile() ? new Look(attributes.size(), attributes.lastModifiedTime().toMillis())
					: null;
		}
		catch (java.nio.file.NoSuchFileException gone) {
			return null;
		}
	}

	/** What a file looked like: its size and modification time. */
	private record Look(long size, long modifiedMillis) {

	}

}
