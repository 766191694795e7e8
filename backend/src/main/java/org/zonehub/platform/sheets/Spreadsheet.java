package org.zonehub.platform.sheets;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zonehub.platform.web.ErrorCode;

/**
 * An uploaded spreadsheet: what kind it is (sniffed from its bytes, never from its name) and its rows, read as a
 * stream so memory does not grow with the file — .xlsx through POI's event API (the first sheet, see
 * {@link WorkbookSheet}), .csv through commons-csv, decoded as UTF-8 when the bytes are valid UTF-8 and as GB18030
 * (a GBK superset: what Chinese Excel saves) otherwise.
 * <p>
 * One JVM reads every zone's uploads, so every input is bounded while it streams, before memory is spent on it:
 * by Excel's own limits (no real spreadsheet exceeds them) and by the bounds below; a file beyond one is
 * {@link Refused} with the {@link Refusal} that says why.
 *
 * @param charset the text encoding of a CSV file; {@code null} for .xlsx
 * @param delimiter the CSV field separator (comma, or semicolon or tab when the first line says so)
 */
public record Spreadsheet(Path file, Format format, Charset charset, char delimiter) {

	/** Excel's last column, XFD. */
	public static final int EXCEL_COLUMNS = 16_384;

	public static final int EXCEL_ROWS = 1_048_576;

	/** The most characters Excel keeps in one cell. */
	public static final int EXCEL_CELL_CHARS = 32_767;

	/**
	 * The characters of one row, all its cells together (for CSV: its record as written, quotes and separators
	 * included). A row is held whole while it is read; the template's 14 columns at Excel's longest cell text
	 * (458,738 characters) fit twice over, a real row has a few hundred.
	 */
	public static final int MAX_ROW_CHARS = 1 << 20;

	public enum Format {

		XLSX, CSV

	}

	/**
	 * Why a file is refused: a field code of the error catalogue, whose message (in both bundles) takes the
	 * arguments the refusal carries and reads as what follows "the file": "is empty", "has a cell at column …".
	 */
	public enum Refusal {

		EMPTY(ErrorCode.FILE_EMPTY),

		NOT_A_SPREADSHEET(ErrorCode.SHEET_NOT_A_SPREADSHEET),

		OLD_XLS(ErrorCode.SHEET_OLD_XLS),

		/** {0} the column's letters, {1} the row, {2} Excel's last column. */
		TOO_MANY_COLUMNS(ErrorCode.SHEET_TOO_MANY_COLUMNS),

		/** {0} the row number the file gives, {1} Excel's last row. */
		ROW_OUT_OF_RANGE(ErrorCode.SHEET_ROW_OUT_OF_RANGE),

		/** {0} the cell, such as B7; {1} Excel's longest cell. */
		CELL_TOO_LONG(ErrorCode.SHEET_CELL_TOO_LONG),

		/** A shared text of a workbook; {0} Excel's longest cell. */
		TEXT_TOO_LONG(ErrorCode.SHEET_TEXT_TOO_LONG),

		/** {0} the row, {1} the bound. */
		ROW_TOO_LONG(ErrorCode.SHEET_ROW_TOO_LONG),

		/** {0} the bound. */
		TOO_MANY_TEXTS(ErrorCode.SHEET_TOO_MANY_TEXTS),

		/** {0} the bound. */
		TOO_MUCH_TEXT(ErrorCode.SHEET_TOO_MUCH_TEXT),

		/** {0} the bound. */
		TOO_MANY_PARTS(ErrorCode.SHEET_TOO_MANY_PARTS),

		/** {0} the part's name in the zip, {1} the bound on its inflation. */
		ZIP_BOMB(ErrorCode.SHEET_ZIP_BOMB),

		/** {0} the part's name in the zip, {1} the bound in MB. */
		PART_TOO_LARGE(ErrorCode.SHEET_PART_TOO_LARGE),

		/** {0} the bound. */
		XML_TAG_TOO_LONG(ErrorCode.SHEET_XML_TAG_TOO_LONG),

		/** {0} the bound. */
		XML_TOO_DEEP(ErrorCode.SHEET_XML_TOO_DEEP),

		/** {0} the position of the first byte that is not UTF-8. */
		NOT_UTF8(ErrorCode.SHEET_NOT_UTF8);

		private final ErrorCode code;

		Refusal(ErrorCode code) {
			this.code = code;
		}

		/** The field code of the catalogue the API answers (naming the field {@code file}). */
		public ErrorCode code() {
			return code;
		}

		/** The English wording, for logs and exception messages; users get theirs from the bundles. */
		public String message(Object... arguments) {
			String pattern = ResourceBundle.getBundle("i18n/messages", Locale.ENGLISH).getString(code.messageKey());
			return new MessageFormat(pattern, Locale.ROOT).format(arguments);
		}

	}

	public static final class Refused extends Exception {

		private final Refusal reason;

		private final List<Object> arguments;

		Refused(Refusal reason, Object... arguments) {
			super(reason.message(arguments), null, false, false);
			this.reason = reason;
			this.arguments = List.of(arguments);
		}

		public Refusal reason() {
			return reason;
		}

		public List<Object> arguments() {
			return arguments;
		}

	}

	/**
	 * Carries a refusal out of the callbacks and readers that parsers call, which may throw no checked exception
	 * of ours; {@link #read} unwraps it.
	 */
	static final class RefusedWhileReading extends RuntimeException {

		private final Refused refused;

		RefusedWhileReading(Refusal reason, Object... arguments) {
			super(null, null, false, false);
			this.refused = new Refused(reason, arguments);
		}

		Refused refused() {
			return refused;
		}

		/** The refusal somewhere in the causes of what a parser threw, which may have wrapped it. */
		static Refused in(Throwable thrown) {
			for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
				if (cause instanceof RefusedWhileReading refusing) {
					return refusing.refused;
				}
			}
			return null;
		}

	}

	/** Gets each row in order: its number as the sheet shows it (the first row is 1) and its cells' text. */
	@FunctionalInterface
	public interface RowHandler {

		/** @param cells the cells' text by column, {@code null} or blank where empty; may be shorter than the header */
		void row(int rowNumber, List<String> cells);

	}

	/** Thrown by a {@link RowHandler} to stop reading; {@link #read} then returns normally. */
	public static final class StopReading extends RuntimeException {

		public StopReading() {
			super(null, null, false, false);
		}

	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * Works out what the file is. An empty file, a binary file, a ZIP that is not a workbook (or one beyond the
	 * bounds its directory already shows) and a CSV file marked UTF-8 that is not are refused.
	 */
	public static Spreadsheet sniff(Path file) throws IOException, Refused {
		byte[] head = new byte[8];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		if (length == 0) {
			throw new Refused(Refusal.EMPTY);
		}
		if (startsWith(head, length, ZIP)) {
			if (!WorkbookZip.isWorkbook(file)) {
				throw new Refused(Refusal.NOT_A_SPREADSHEET);
			}
			return new Spreadsheet(file, Format.XLSX, null, ',');
		}
		if (startsWith(head, length, OLE2)) {
			throw new Refused(Refusal.OLD_XLS);
		}
		Charset charset = textCharset(file, startsWith(head, length, UTF8_BOM));
		if (charset == null) {
			throw new Refused(Refusal.NOT_A_SPREADSHEET);
		}
		return new Spreadsheet(file, Format.CSV, charset, delimiter(file, charset));
	}

	/** Reads every row, in order, to the handler (until it throws {@link StopReading}). */
	public void read(RowHandler handler) throws IOException, Refused {
		try {
			if (format == Format.XLSX) {
				WorkbookSheet.read(file, handler);
			}
			else {
				readCsv(handler);
			}
		}
		catch (StopReading stop) {
			// the handler has what it needs
		}
		catch (RefusedWhileReading refused) {
			throw refused.refused();
		}
	}

	private void readCsv(RowHandler handler) throws IOException {
		CSVFormat csv = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false) // keep the record numbers equal to the rows a spreadsheet program shows
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (CsvRecordBound reader = new CsvRecordBound(reader()); CSVParser parser = CSVParser.parse(reader, csv)) {
			Iterator<CSVRecord> records = parser.iterator();
			for (int rowNumber = 1;; rowNumber++) {
				reader.recordStarts(rowNumber);
				if (!records.hasNext()) {
					return;
				}
				if (rowNumber > EXCEL_ROWS) {
					throw new RefusedWhileReading(Refusal.ROW_OUT_OF_RANGE, rowNumber, EXCEL_ROWS);
				}
				handler.row(rowNumber, cells(records.next(), rowNumber));
			}
		}
		catch (UncheckedIOException malformed) {
			throw new IOException(malformed.getCause().getMessage(), malformed.getCause());
		}
	}

	/** A record's cells within Excel's limits, without the byte-order mark a first cell may start with. */
	private static List<String> cells(CSVRecord record, int rowNumber) {
		if (record.size() > EXCEL_COLUMNS) {
			throw new RefusedWhileReading(Refusal.TOO_MANY_COLUMNS, columnName(EXCEL_COLUMNS), rowNumber,
					columnName(EXCEL_COLUMNS - 1));
		}
		List<String> cells = record.toList();
		for (int column = 0; column < cells.size(); column++) {
			if (cells.get(column) != null && cells.get(column).length() > EXCEL_CELL_CHARS) {
				throw new RefusedWhileReading(Refusal.CELL_TOO_LONG, columnName(column) + rowNumber, EXCEL_CELL_CHARS);
			}
		}
		if (rowNumber == 1 && !cells.isEmpty() && cells.get(0) != null && cells.get(0).startsWith("\uFEFF")) {
			cells = new ArrayList<>(cells);
			cells.set(0, cells.get(0).substring(1));
		}
		return cells;
	}

	private Reader reader() throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
		if (charset.equals(StandardCharsets.UTF_8)) {
			in.mark(3);
			byte[] bom = in.readNBytes(3);
			if (!Arrays.equals(bom, UTF8_BOM)) {
				in.reset();
			}
		}
		return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
	}

	/** The letters of a 0-based column index, as Excel names it: 0 is A, 16,383 is XFD. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
			name.insert(0, (char) ('A' + (rest - 1) % 26));
		}
		return name.toString();
	}

	/** Text from the file as a message may show it: no control characters, and short. */
	public static String shown(String text) {
		String printable = text.replaceAll("\\p{Cntrl}", "");
		return printable.length() <= 64 ? printable : printable.substring(0, 63) + "…";
	}

	/**
	 * UTF-8 when the whole file decodes strictly as UTF-8, else GB18030; {@code null} when the file holds NUL bytes
	 * (a binary file, or UTF-16 text, which is not what spreadsheet programs save as CSV). A file that starts with
	 * the UTF-8 byte-order mark says it is UTF-8: when it is not, guessing GB18030 would garble it silently.
	 */
	private static Charset textCharset(Path file, boolean markedUtf8) throws IOException, Refused {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long firstInvalid = -1;
		long decodedBytes = 0; // the bytes before those pending
		byte[] chunk = new byte[64 * 1024];
		ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8); // a chunk plus a split character's first bytes
		CharBuffer decoded = CharBuffer.allocate(chunk.length + 8);
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(chunk)) >= 0) {
				for (int i = 0; i < read; i++) {
					if (chunk[i] == 0) {
						return null;
					}
				}
				if (firstInvalid < 0) {
					pending.put(chunk, 0, read).flip();
					if (utf8.decode(pending, decoded, false).isError()) {
						firstInvalid = decodedBytes + pending.position();
					}
					decoded.clear();
					decodedBytes += pending.position();
					pending.compact();
				}
			}
		}
		if (firstInvalid < 0) {
			pending.flip();
			if (utf8.decode(pending, decoded, true).isError() || utf8.flush(decoded).isError()) {
				firstInvalid = decodedBytes + pending.position();
			}
		}
		if (firstInvalid < 0) {
			return StandardCharsets.UTF_8;
		}
		if (markedUtf8) {
			throw new Refused(Refusal.NOT_UTF8, firstInvalid + 1);
		}
		return GB18030;
	}

	/**
	 * Comma unless the first line has more semicolons or tabs (some locales' Excel saves those). Reads no more of
	 * the line than a row may have: a file of one endless line must not become one string here.
	 */
	private static char delimiter(Path file, Charset charset) throws IOException {
		long commas = 0;
		long semicolons = 0;
		long tabs = 0;
		try (Reader reader = Files.newBufferedReader(file, charset)) {
			int c;
			for (int read = 0; read < MAX_ROW_CHARS && (c = reader.read()) >= 0 && c != '\n' && c != '\r'; read++) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		catch (MalformedInputException odd) {
			return ',';
		}
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
