package org.zonehub.platform.sheets;

import java.util.List;

/**
 * One problem with one cell of an imported file. Stored with its code and arguments; {@code message} is worded in
 * the reader's language when the job is read.
 *
 * @param row the row number as the spreadsheet shows it (the header row is 1)
 * @param column the column's header text as the file has it (its Chinese label when the column is missing)
 * @param field the column's English key, e.g. {@code creditCode}
 * @param code what is wrong, a field code of the error catalogue
 * @param args the arguments of the code's message
 * @param message what is wrong, worded; {@code null} as stored
 */
public record ImportError(int row, String column, String field, String code, List<Object> args, String message) {

	public ImportError worded(String text) {
		return new ImportError(row, column, field, code, args, text);
	}

}
