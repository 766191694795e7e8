package org.zonehub.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Paging and a whitelisted sort from {@code page}, {@code size} and {@code sort=key,asc|desc}. The SQL gets only
 * the column the feature mapped the key to, never the caller's text.
 */
public record PageRequest(int page, int size, String sortColumn, boolean descending) {

	public static final int MAX_SIZE = 200;

	public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortColumns,
			String defaultKey) {
		int safePage = page == null ? 0 : page;
		int safeSize = size == null ? 20 : size;
		if (safePage < 0) {
			throw new ApiProblem.Invalid("page", "must be 0 or more");
		}
		if (safeSize < 1 || safeSize > MAX_SIZE) {
			throw new ApiProblem.Invalid("size", "must be between 1 and " + MAX_SIZE);
		}
		String key = defaultKey;
		boolean descending = false;
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", 2);
			key = parts[0].trim();
			String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw new ApiProblem.Invalid("sort", "direction must be asc or desc");
			}
			descending = direction.equals("desc");
		}
		String column = sortColumns.get(key);
		if (column == null) {
			throw new ApiProblem.Invalid("sort", "must be one of " + String.join(", ", new TreeSet<>(sortColumns.keySet())));
		}
		return new PageRequest(safePage, safeSize, column, descending);
	}

	public long offset() {
		return (long) page * size;
	}

	/** The direction keyword for {@code ORDER BY}. */
	public String direction() {
		return descending ? "DESC" : "ASC";
	}

}
