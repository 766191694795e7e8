package org.zonehub.platform.sheets;

import java.util.List;

import org.zonehub.platform.jobs.FailureCause;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.Messages;

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

	/** As stored, worded in the reader's language (errors stored before codes keep their English text). */
	public ImportError worded(Messages messages) {
		ErrorCode known = code == null ? null : ErrorCode.of(code);
		return known == null ? this : worded(messages.text(known, args));
	}

	/** What an import's own row says when its job failed for a reason its run did not handle. */
	public static ErrorCode jobFailure(FailureCause cause) {
		return switch (cause) {
			case BROKE_OFF -> ErrorCode.IMPORT_BROKE_OFF;
			case OUT_OF_MEMORY -> ErrorCode.IMPORT_OUT_OF_MEMORY;
			case CRASHED -> ErrorCode.IMPORT_CRASHED;
			case ABANDONED -> ErrorCode.IMPORT_ABANDONED;
		};
	}

}
