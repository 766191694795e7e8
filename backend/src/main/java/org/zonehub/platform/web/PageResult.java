package org.zonehub.platform.web;

import java.util.List;

/** One page of a list: {@code page} counts from 0, {@code total} is the number of matches over all pages. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
}
