package org.zonehub.platform.sheets;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV file as its parser reads it, refusing a record (a row, however many lines its quoted cells
 * span) of more than {@link Spreadsheet#MAX_ROW_CHARS} characters while the parser is still gathering it: a file
 * of one endless line, or of one quote never closed, would otherwise become one string. The reader of the records
 * says where each begins; what the parser has read ahead by then (its buffer, 8 K characters) counts to the record
 * before, so a record is bounded give or take that.
 */
final class CsvRecordBound extends FilterReader {

	private int rowNumber;

	private long read;

	CsvRecordBound(Reader in) {
		super(in);
	}

	/** The parser is about to gather record {@code rowNumber}. */
	void recordStarts(int rowNumber) {
		this.rowNumber = rowNumber;
		this.read = 0;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count(1);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int chars) {
		read += chars;
		if (read > Spreadsheet.MAX_ROW_CHARS) {
			throw new Spreadsheet.RefusedWhileReading(Spreadsheet.Refusal.ROW_TOO_LONG, rowNumber,
					Spreadsheet.MAX_ROW_CHARS);
		}
	}

}
