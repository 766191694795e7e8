package org.zonehub.enterprise;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.zonehub.platform.web.ErrorCode;

/**
 * An uploaded spreadsheet: what kind it is (sniffed from its bytes, never from its name) and its rows, read as a
 * stream so memory does not grow with the file — .xlsx through POI's event API (the first sheet), .csv through
 * commons-csv, decoded as UTF-8 when the bytes are valid UTF-8 and as GB18030 (a GBK superset: what Chinese Excel
 * saves) otherwise.
 *
 * @param charset the text encoding of a CSV file; {@code null} for .xlsx
 * @param delimiter the CSV field separator (comma, or semicolon or tab when the first line says so)
 */
record Spreadsheet(Path file, Format format, Charset charset, char delimiter) {

	enum Format {

		XLSX, CSV

	}

	/** Gets each row in order: its number as the sheet shows it (the first row is 1) and its cells' text. */
	@FunctionalInterface
	interface RowHandler {

		/** @param cells the cells' text by column, {@code null} or blank where empty; may be shorter than the header */
		void row(int rowNumber, List<String> cells);

	}

	/** Thrown by a {@link RowHandler} to stop reading; {@link #read} then returns normally. */
	static final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}

	}

	/** The file is not an .xlsx or .csv spreadsheet; the field code says what it is, for the uploader. */
	static final class NotASpreadsheet extends Exception {

		private final ErrorCode code;

		private final List<Object> args;

		NotASpreadsheet(ErrorCode code, Object... args) {
			super(code.code(), null, false, false);
			this.code = code;
			this.args = List.of(args);
		}

		ErrorCode code() {
			return code;
		}

		List<Object> args() {
			return args;
		}

	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** Works out what the file is. An empty file, a binary file or a ZIP that is not a workbook is refused. */
	static Spreadsheet sniff(Path file) throws IOException, NotASpreadsheet {
		byte[] head = new byte[8];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		if (length == 0) {
			throw new NotASpreadsheet(ErrorCode.FILE_EMPTY);
		}
		if (startsWith(head, length, ZIP)) {
			if (!isWorkbook(file)) {
				throw new NotASpreadsheet(ErrorCode.SHEET_NOT_A_SPREADSHEET);
			}
			return new Spreadsheet(file, Format.XLSX, null, ',');
		}
		if (startsWith(head, length, OLE2)) {
			throw new NotASpreadsheet(ErrorCode.SHEET_OLD_XLS);
		}
		Charset charset = textCharset(file);
		if (charset == null) {
			throw new NotASpreadsheet(ErrorCode.SHEET_NOT_A_SPREADSHEET);
		}
		return new Spreadsheet(file, Format.CSV, charset, delimiter(file, charset));
	}

	/** Reads every row, in order, to the handler (until it throws {@link StopReading}). */
	void read(RowHandler handler) throws IOException {
		try {
			if (format == Format.XLSX) {
				readXlsx(handler);
			}
			else {
				readCsv(handler);
			}
		}
		catch (StopReading stop) {
			// the handler has what it needs
		}
	}

	private void readCsv(RowHandler handler) throws IOException {
		CSVFormat csv = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false) // keep the record numbers equal to the rows a spreadsheet program shows
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (Reader reader = reader(); CSVParser parser = CSVParser.parse(reader, csv)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (record.getRecordNumber() == 1 && !cells.isEmpty() && cells.get(0) != null
						&& cells.get(0).startsWith("\uFEFF")) {
					cells = new ArrayList<>(cells);
					cells.set(0, cells.get(0).substring(1));
				}
				handler.row(Math.toIntExact(record.getRecordNumber()), cells);
			}
		}
		catch (java.io.UncheckedIOException malformed) {
			throw new IOException(malformed.getCause().getMessage(), malformed.getCause());
		}
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

	private void readXlsx(RowHandler handler) throws IOException {
		RowCollector collector = new RowCollector(handler);
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			// shared strings are the one part kept in memory; the sheet itself streams
			SharedStringList strings = SharedStringList.of(reader);
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector,
						new DataFormatter(Locale.ROOT), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException unreadable) {
			// what the handler threw (StopReading, a failed batch, a shutdown) is the handler's, whatever POI wrapped
			// it in; anything else is POI's way of saying a part is malformed
			if (collector.thrown != null) {
				throw collector.thrown;
			}
			throw new IOException(unreadable.getMessage(), unreadable);
		}
	}

	/** Turns POI's cell-by-cell callbacks into rows of cells by column index. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		private int nextColumn;

		/** What the handler threw, to be told apart from POI's own exceptions. */
		private RuntimeException thrown;

		RowCollector(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			nextColumn = 0;
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? nextColumn : columnOf(cellReference);
			while (cells.size() < column) {
				cells.add(null);
			}
			if (cells.size() == column) {
				cells.add(formattedValue);
			}
			else {
				cells.set(column, formattedValue);
			}
			nextColumn = column + 1;
		}

		@Override
		public void endRow(int rowNum) {
			try {
				handler.row(rowNum + 1, List.copyOf(withoutNulls(cells)));
			}
			catch (RuntimeException fromHandler) {
				thrown = fromHandler;
				throw fromHandler;
			}
		}

		/** The 0-based column of a cell reference such as "AB12" (what CellReference does, without its cost). */
		static int columnOf(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = reference.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					column = column * 26 + (c - 'A' + 1);
				}
				else if (c != '$') {
					break;
				}
			}
			return column - 1;
		}

		private static List<String> withoutNulls(List<String> cells) {
			List<String> copy = new ArrayList<>(cells.size());
			for (String cell : cells) {
				copy.add(cell == null ? "" : cell);
			}
			return copy;
		}

	}

	/**
	 * The workbook's shared strings as plain strings. POI's own tables hand out each string wrapped in an XmlBeans
	 * rich-text object, which costs more than all the rest of reading a row.
	 */
	static final class SharedStringList extends DefaultHandler implements SharedStrings {

		private final List<String> strings = new ArrayList<>();

		private StringBuilder text;

		private boolean inText;

		private boolean inPhonetic;

		static SharedStringList of(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
				ParserConfigurationException {
			SharedStringList list = new SharedStringList();
			InputStream part;
			try {
				part = reader.getSharedStringsData();
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException none) {
				part = null;
			}
			if (part == null) {
				return list; // a workbook without text cells has no shared-strings part
			}
			try (InputStream sharedStrings = part) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(list);
				parser.parse(new InputSource(sharedStrings));
			}
			return list;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> text = new StringBuilder();
				case "t" -> inText = true;
				case "rPh" -> inPhonetic = true;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "si" -> strings.add(text.toString());
				case "t" -> inText = false;
				case "rPh" -> inPhonetic = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] characters, int start, int length) {
			if (inText && !inPhonetic && text != null) {
				text.append(characters, start, length);
			}
		}

		@Override
		public RichTextString getItemAt(int index) {
			return new PlainText(strings.get(index));
		}

		@Override
		public int getCount() {
			return strings.size();
		}

		@Override
		public int getUniqueCount() {
			return strings.size();
		}

	}

	/**
	 * A shared string as POI's sheet handler wants it: it only asks for the text. Read-only: nothing formats
	 * imported text, so the formatting methods of the interface refuse.
	 */
	private record PlainText(String text) implements RichTextString {

		@Override
		public String getString() {
			return text;
		}

		@Override
		public String toString() {
			return text;
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void clearFormatting() {
		}

	}

	private static boolean isWorkbook(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
		}
		catch (ZipException | SecurityException notAZip) {
			return false;
		}
		catch (IOException unreadable) {
			return false;
		}
	}

	/**
	 * UTF-8 when the whole file decodes strictly as UTF-8, else GB18030; {@code null} when the file holds NUL bytes
	 * (a binary file, or UTF-16 text, which is not what spreadsheet programs save as CSV).
	 */
	private static Charset textCharset(Path file) throws IOException {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		boolean validUtf8 = true;
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
				if (validUtf8) {
					pending.put(chunk, 0, read).flip();
					validUtf8 = !utf8.decode(pending, decoded, false).isError();
					decoded.clear();
					pending.compact();
				}
			}
		}
		if (validUtf8) {
			pending.flip();
			validUtf8 = !utf8.decode(pending, decoded, true).isError() && !utf8.flush(decoded).isError();
		}
		return validUtf8 ? StandardCharsets.UTF_8 : GB18030;
	}

	/** Comma unless the first line has more semicolons or tabs (some locales' Excel saves those). */
	private static char delimiter(Path file, Charset charset) throws IOException {
		String first;
		try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
			first = reader.readLine();
		}
		catch (java.nio.charset.MalformedInputException odd) {
			return ',';
		}
		if (first == null) {
			return ',';
		}
		long commas = first.chars().filter(c -> c == ',').count();
		long semicolons = first.chars().filter(c -> c == ';').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
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
