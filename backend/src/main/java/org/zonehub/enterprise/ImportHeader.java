package org.zonehub.enterprise;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of an import file: which cell of a row holds which column, and the header text the file uses.
 * The header is the first row that is not blank; columns it does not know are ignored.
 *
 * @param duplicated columns named by more than one header cell
 */
record ImportHeader(int rowNumber, Map<ImportColumn, Integer> indexes, Map<ImportColumn, String> texts,
		List<ImportColumn> duplicated) {

	/** What a reader of an import file gets: the header once, then each non-blank row under it. */
	interface Rows {

		/** @return {@code false} to stop reading (the header alone was wanted) */
		boolean header(ImportHeader header);

		void row(int rowNumber, List<String> cells);

	}

	static ImportHeader of(int rowNumber, List<String> cells) {
		Map<ImportColumn, Integer> indexes = new EnumMap<>(ImportColumn.class);
		Map<ImportColumn, String> texts = new EnumMap<>(ImportColumn.class);
		List<ImportColumn> duplicated = new ArrayList<>();
		for (int index = 0; index < cells.size(); index++) {
			ImportColumn column = ImportColumn.ofHeader(cells.get(index));
			if (column == null) {
				continue;
			}
			if (indexes.containsKey(column)) {
				if (!duplicated.contains(column)) {
					duplicated.add(column);
				}
				continue;
			}
			indexes.put(column, index);
			texts.put(column, cells.get(index).strip());
		}
		return new ImportHeader(rowNumber, Collections.unmodifiableMap(indexes), Collections.unmodifiableMap(texts),
				List.copyOf(duplicated));
	}

	/** Reads a spreadsheet as an import file: blank rows are skipped (they keep their numbers). */
	static void read(Spreadsheet sheet, Rows rows) throws IOException, Spreadsheet.Refused {
		boolean[] seenHeader = { false };
		sheet.read((rowNumber, cells) -> {
			if (isBlank(cells)) {
				return;
			}
			if (!seenHeader[0]) {
				seenHeader[0] = true;
				if (!rows.header(of(rowNumber, cells))) {
					throw new Spreadsheet.StopReading();
				}
				return;
			}
			rows.row(rowNumber, cells);
		});
	}

	List<ImportColumn> missing() {
		return ImportColumn.required(indexes.keySet());
	}

	boolean has(ImportColumn column) {
		return indexes.containsKey(column);
	}

	/** The column's cell of a row, stripped; {@code null} when blank or when the file lacks the column. */
	String cell(List<String> cells, ImportColumn column) {
		Integer index = indexes.get(column);
		if (index == null || index >= cells.size() || cells.get(index) == null) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/** How an error names the column: the file's own header text. */
	String textOf(ImportColumn column) {
		return texts.getOrDefault(column, column.label());
	}

	static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
