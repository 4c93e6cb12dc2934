package ir.tasvieh.job;

/**
 * The trackers and payees (destination and amount) a sheet has shown so far, as 64-bit
 * hashes in an open-addressing table: a million rows cost 16 MB instead of the hundreds a
 * set of strings would take in a 256 MB heap. A hash collision can only flag a row for
 * the exact check done afterwards in the ledger, never decide anything.
 */
final class SeenKeys {

	private long[] slots = new long[1 << 16];

	private int size;

	private boolean zeroSeen;

	/** Records a tracker; whether it was seen before. */
	boolean tracker(String tracker) {
		return add(hash(0x5bd1e995L, tracker));
	}

	/** Records a payee and amount; whether they were seen before. */
	boolean payee(String destination, long amountIrr) {
		return add(hash(amountIrr * 0x9E3779B97F4A7C15L, destination));
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

	/** Adds a hash; whether it was there already. */
	private boolean add(long hash) {
		if (hash == 0) {
			boolean seen = this.zeroSeen;
			this.zeroSeen = true;
			return seen;
		}
		int mask = this.slots.length - 1;
		int slot = (int) (hash ^ (hash >>> 32)) & mask;
		while (this.slots[slot] != 0) {
			if (this.slots[slot] == hash) {
				return true;
			}
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = hash;
		if (++this.size > this.slots.length / 2) {
			grow();
		}
		return false;
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		int mask = this.slots.length - 1;
		for (long hash : old) {
			if (hash != 0) {
				int slot = (int) (hash ^ (hash >>> 32)) & mask;
				while (this.slots[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.slots[slot] = hash;
			}
		}
	}

}
