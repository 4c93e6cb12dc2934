package ir.tasvieh.job;

/**
 * The trackers and payees (destination and amount) a sheet has shown so far, as 64-bit
 * hashes in an open-addressing table with the row each was first seen in: a million rows
 * (half of them with a tracker) cost 24 MB instead of the hundreds a set of strings would
 * take in a 256 MB heap. A hash collision can only flag a row for the exact check done
 * afterwards in the ledger, never decide anything.
 * <p>
 * Both rows of a repeat are flagged, the first one once, when its first repeat shows up:
 * then the exact check reads only flagged rows, and the ledger needs no index on the
 * trackers and payees themselves, whose random order makes every insert slow.
 */
final class SeenKeys {

	/** The key was not seen before. */
	static final int NEW = 0;

	/** The key was seen before and its first row was already reported. */
	static final int SEEN = -1;

	private long[] hashes = new long[1 << 16];

	/** The first row of each hash, or {@link #SEEN} once reported. */
	private int[] rows = new int[1 << 16];

	private int size;

	private int zeroRow = NEW;

	/**
	 * Records a tracker.
	 * @return {@link #NEW}, the row it was first seen in (the first time it repeats), or
	 * {@link #SEEN}
	 */
	int tracker(String tracker, int rowNo) {
		return add(hash(0x5bd1e995L, tracker), rowNo);
	}

	/** Records a payee and amount; answers as {@link #tracker}. */
	int payee(String destination, long amountIrr, int rowNo) {
		return add(hash(amountIrr * 0x9E3779B97F4A7C15L, destination), rowNo);
	}

	/** FNV-1a over the characters, seeded, then mixed (the finaliser of MurmurHash3). */
	private static long hash(long seed, String text) {
		long hash = 0xcbf29ce484222325L ^ seed;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		return hash;
	}

	private int add(long hash, int rowNo) {
		if (hash == 0) {
			int first = this.zeroRow;
			this.zeroRow = (first == NEW) ? rowNo : SEEN;
			return first;
		}
		int mask = this.hashes.length - 1;
		int slot = (int) (hash ^ (hash >>> 32)) & mask;
		while (this.hashes[slot] != 0) {
			if (this.hashes[slot] == hash) {
				int first = this.rows[slot];
				this.rows[slot] = SEEN;
				return first;
			}
			slot = (slot + 1) & mask;
		}
		this.hashes[slot] = hash;
		this.rows[slot] = rowNo;
		// Three quarters full at most: a few more probes, but half the memory of one half
		// full, in a heap of 256 MB.
		if (++this.size > this.hashes.length - this.hashes.length / 4) {
			grow();
		}
		return NEW;
	}

	private void grow() {
		long[] oldHashes = this.hashes;
		int[] oldRows = this.rows;
		this.hashes = new long[oldHashes.length * 2];
		this.rows = new int[oldHashes.length * 2];
		int mask = this.hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			long hash = oldHashes[i];
			if (hash != 0) {
				int slot = (int) (hash ^ (hash >>> 32)) & mask;
				while (this.hashes[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.hashes[slot] = hash;
				this.rows[slot] = oldRows[i];
			}
		}
	}

}
