package org.zonehub.platform.persistence;

/**
 * Search text as a LIKE pattern that matches the text itself: a user who searches for "100%" or "A_B" means
 * those characters, not the wildcards. Statements use it with {@code ESCAPE '!'}: a backslash would mean two
 * different strings with and without the server's NO_BACKSLASH_ESCAPES mode; {@code !} means the same in MySQL,
 * MariaDB and TiDB whatever the mode. E.g.
 * {@code <bind name="p" value="@org.zonehub.platform.persistence.LikePatterns@contains(filter.name)"/>}.
 */
public final class LikePatterns {

	/** The escape character the statements name in {@code ESCAPE '!'}. */
	public static final char ESCAPE = '!';

	private LikePatterns() {
	}

	/** Matches values that contain {@code text}. */
	public static String contains(String text) {
		return "%" + escape(text) + "%";
	}

	/** Matches values that start with {@code text}. */
	public static String startsWith(String text) {
		return escape(text) + "%";
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ESCAPE || c == '%' || c == '_') {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
