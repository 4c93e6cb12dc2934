package ir.tasvieh.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's guards against zip bombs, set on purpose, once for the whole process (they are
 * static in POI) before the first workbook is opened. An {@code .xlsx} is a zip: each of
 * its parts is refused as soon as, while it is being unpacked, it has expanded more than
 * {@code 1 / MIN_INFLATE_RATIO} times its compressed size (past POI's first 100 KB) or
 * beyond {@link #MAX_ENTRY_SIZE}.
 */
final class ZipLimits {

	/**
	 * A part may expand at most 100 times. Real sheets stay far below: a million
	 * formatted but empty rows, as Excel writes them, expand about 15 times; a zip bomb
	 * expands about a thousand times.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * 2 GiB per unpacked part: a million-row sheet's XML is a few hundred MB, and the
	 * streaming reader never holds a part in memory.
	 */
	static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

	/**
	 * 10 Mi characters, POI's own default kept on purpose (POI warns above it): the limit
	 * of its text extractors. The sheet reader does not use them; it is set so that
	 * nothing in this process extracts unbounded text, whatever else changes the limit.
	 */
	static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

	private ZipLimits() {
	}

	static void apply() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
	}

}
