package org.zonehub.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Paging and a whitelisted sort from {@code page}, {@code size} and {@code sort=key,asc|desc}. The SQL gets only
 * the column the feature mapped the key to, never the caller's text. Made only by {@link #of}, the whitelist.
 */
public final class PageRequest {

	public static final int MAX_SIZE = 200;

	/**
	 * How deep offset paging goes: an OFFSET makes the database read and drop every row before it, so a request
	 * for page 100,000 of a million-row registry is refused rather than served slowly; a narrower filter finds it.
	 */
	public static final long MAX_OFFSET = 10_000;

	private final int page;

	private final int size;

	private final String sortColumn;

	private final boolean descending;

	private PageRequest(int page, int size, String sortColumn, boolean descending) {
		this.page = page;
		this.size = size;
		this.sortColumn = sortColumn;
		this.descending = descending;
	}

	public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortColumns,
			String defaultKey) {
		int safePage = page == null ? 0 : page;
		int safeSize = size == null ? 20 : size;
		if (safePage < 0) {
			throw ApiProblem.invalid("page", ErrorCode.PAGE_NEGATIVE);
		}
		if (safeSize < 1 || safeSize > MAX_SIZE) {
			throw ApiProblem.invalid("size", ErrorCode.SIZE_OUT_OF_RANGE, MAX_SIZE);
		}
		if ((long) safePage * safeSize > MAX_OFFSET) {
			throw ApiProblem.invalid("page", ErrorCode.PAGE_TOO_DEEP, MAX_OFFSET);
		}
		String key = defaultKey;
		boolean descending = false;
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", 2);
			key = parts[0].trim();
			String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw ApiProblem.invalid("sort", ErrorCode.SORT_DIRECTION);
			}
			descending = direction.equals("desc");
		}
		String column = sortColumns.get(key);
		if (column == null) {
			throw ApiProblem.invalid("sort", ErrorCode.SORT_KEY, String.join(", ", new TreeSet<>(sortColumns.keySet())));
		}
		return new PageRequest(safePage, safeSize, column, descending);
	}

	public int page() {
		return page;
	}

	public int size() {
		return size;
	}

	public String sortColumn() {
		return sortColumn;
	}

	public boolean descending() {
		return descending;
	}

	public long offset() {
		return (long) page * size;
	}

	/** The direction keyword for {@code ORDER BY}. */
	public String direction() {
		return descending ? "DESC" : "ASC";
	}

	// Bean-style names for the mapper XML (#{page.offset}, ${page.sortColumn} ${page.direction}): MyBatis reads
	// properties through getters, or through fields, and offset and direction are neither.

	public long getOffset() {
		return offset();
	}

	public String getDirection() {
		return direction();
	}

	public int getSize() {
		return size;
	}

	public String getSortColumn() {
		return sortColumn;
	}

}
