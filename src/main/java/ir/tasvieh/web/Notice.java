package ir.tasvieh.web;

import java.io.Serializable;

/**
 * A message shown at the top of a page: either a message bundle key, or a text that came
 * with its Persian and English wording (a refusal from the run feature, a rejected
 * sheet).
 *
 * @param level {@code ok} or {@code error}, for its colour
 * @param key a message bundle key, or {@code null}
 * @param code the machine-readable code of a refusal, or {@code null}
 * @param fa the Persian text when there is no key
 * @param en the English text when there is no key
 */
record Notice(String level, String key, String code, String fa, String en) implements Serializable {

	static Notice ok(String key) {
		return new Notice("ok", key, null, null, null);
	}

	static Notice error(String key) {
		return new Notice("error", key, null, null, null);
	}

	static Notice error(String code, String fa, String en) {
		return new Notice("error", null, code, fa, en);
	}

}
