package org.zonehub.platform.sheets;

import java.io.IOException;
import java.util.List;

/**
 * Reads a spreadsheet as an import file, whatever its columns: the first row that is not blank is the header, each
 * non-blank row under it a data row; blank rows are skipped and keep their numbers. Every import (enterprises,
 * program figures) reads its files through this and {@link Spreadsheet}'s bounds.
 */
public final class SheetRows {

	/** What a reader of an import file gets: the header once, then each non-blank row under it. */
	public interface Rows {

		/** @return {@code false} to stop reading (the header alone was wanted) */
		boolean header(int rowNumber, List<String> cells);

		void row(int rowNumber, List<String> cells);

	}

	private SheetRows() {
	}

	public static void read(Spreadsheet sheet, Rows rows) throws IOException, Spreadsheet.Refused {
		boolean[] seenHeader = { false };
		sheet.read((rowNumber, cells) -> {
			if (isBlank(cells)) {
				return;
			}
			if (!seenHeader[0]) {
				seenHeader[0] = true;
				if (!rows.header(rowNumber, cells)) {
					throw new Spreadsheet.StopReading();
				}
				return;
			}
			rows.row(rowNumber, cells);
		});
	}

	public static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** A cell of a row, stripped; {@code null} when blank or beyond the row's end. */
	public static String cell(List<String> cells, Integer index) {
		if (index == null || index >= cells.size() || cells.get(index) == null) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

}
