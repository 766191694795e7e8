package org.zonehub.enterprise;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zonehub.platform.sheets.SheetRows;
import org.zonehub.platform.sheets.Spreadsheet;

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

	/** Reads a spreadsheet as an import file ({@link SheetRows}: blank rows skipped, keeping their numbers). */
	static void read(Spreadsheet sheet, Rows rows) throws IOException, Spreadsheet.Refused {
		SheetRows.read(sheet, new SheetRows.Rows() {

			@Override
			public boolean header(int rowNumber, List<String> cells) {
				return rows.header(of(rowNumber, cells));
			}

			@Override
			public void row(int rowNumber, List<String> cells) {
				rows.row(rowNumber, cells);
			}

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
		return SheetRows.cell(cells, indexes.get(column));
	}

	/** How an error names the column: the file's own header text. */
	String textOf(ImportColumn column) {
		return texts.getOrDefault(column, column.label());
	}

	static boolean isBlank(List<String> cells) {
		return SheetRows.isBlank(cells);
	}

}
