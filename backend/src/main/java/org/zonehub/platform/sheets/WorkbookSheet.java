package org.zonehub.platform.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.zonehub.platform.sheets.Spreadsheet.Refusal;
import org.zonehub.platform.sheets.Spreadsheet.Refused;
import org.zonehub.platform.sheets.Spreadsheet.RefusedWhileReading;
import org.zonehub.platform.sheets.Spreadsheet.RowHandler;
import org.zonehub.platform.sheets.Spreadsheet.StopReading;

/**
 * The first sheet of an .xlsx, read through POI's event API as a stream, within Excel's limits: a cell beyond its
 * last column or row, or longer than its longest cell, is refused as it arrives — before the row is padded up to
 * its column or its text gathered.
 * <p>
 * The parts POI parses whole (content types, relationships, workbook, styles) are read before anything else and
 * bounded by {@link WorkbookZip}; the two read as streams (shared strings, sheet) may be larger, and their XML is
 * read through {@link XmlMarkupBound}.
 */
final class WorkbookSheet {

	private WorkbookSheet() {
	}

	static void read(Path file, RowHandler handler) throws IOException, Refused {
		// what the handler threw (StopReading, a failed batch, a shutdown) is the handler's, whatever POI wrapped it in
		RuntimeException[] fromHandler = { null };
		RowHandler watched = (rowNumber, cells) -> {
			try {
				handler.row(rowNumber, cells);
			}
			catch (RuntimeException thrown) {
				fromHandler[0] = thrown;
				throw thrown;
			}
		};
		try (WorkbookZip zip = WorkbookZip.open(file)) {
			try (OPCPackage workbook = OPCPackage.open(zip)) {
				readFirstSheet(zip, new XSSFReader(workbook), watched);
			}
			catch (Exception thrown) { // POI's way of saying a part is malformed is any exception, often wrapping ours
				Refused refused = zip.refused() != null ? zip.refused() : RefusedWhileReading.in(thrown);
				if (refused != null) {
					throw refused;
				}
				if (fromHandler[0] != null) {
					throw fromHandler[0];
				}
				for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
					if (cause instanceof StopReading stop) {
						throw stop;
					}
				}
				throw new IOException(thrown.getMessage(), thrown);
			}
		}
	}

	private static void readFirstSheet(WorkbookZip zip, XSSFReader reader, RowHandler handler)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		// first the parts POI parses whole, while every part opened is bounded as one
		StylesTable styles;
		try (InputStream part = optional(reader::getStylesData)) {
			// only for their number formats (codes with leading zeros, amounts): the theme is not needed
			styles = part == null ? null : new StylesTable(part);
		}
		Iterator<InputStream> sheets = reader.getSheetsData();
		SharedStringList strings = SharedStringList.read(zip.streamed(() -> optional(reader::getSharedStringsData)));
		if (!sheets.hasNext()) {
			return;
		}
		try (XmlMarkupBound sheet = XmlMarkupBound.of(zip.streamed(sheets::next))) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new CellBound(styles, strings, new RowCollector(handler)));
			parser.parse(new InputSource(sheet));
		}
	}

	/** A part the workbook may lack (one without text cells has no shared strings): {@code null} then. */
	private static InputStream optional(WorkbookZip.PartOpener part) throws IOException, OpenXML4JException {
		try {
			return part.open();
		}
		catch (InvalidFormatException | IllegalArgumentException none) {
			return null;
		}
	}

	/**
	 * POI's sheet handler, kept to a cell's worth of text: it gathers a cell's value, its formula and the sheet's
	 * headers and footers each whole. The value is bounded here; formulas (their cached results are what is
	 * imported) and headers and footers (not imported) never reach it.
	 */
	private static final class CellBound extends XSSFSheetXMLHandler {

		private final RowCollector rows;

		private String cell;

		private int cellChars;

		private boolean inText;

		private boolean inFormula;

		private boolean inHeaderOrFooter;

		CellBound(StylesTable styles, SharedStringList strings, RowCollector rows) {
			super(styles, strings, rows, new DataFormatter(Locale.ROOT), false);
			this.rows = rows;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter" -> {
					inHeaderOrFooter = true;
					return;
				}
				case "row" -> checkRow(attributes.getValue("r"));
				case "c" -> {
					cell = attributes.getValue("r");
					cellChars = 0;
					if (cell != null) {
						checkReference(cell);
					}
				}
				case "v", "t" -> inText = true;
				case "f" -> inFormula = true;
				default -> {
				}
			}
			super.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter" -> {
					inHeaderOrFooter = false;
					return;
				}
				case "v", "t" -> inText = false;
				case "f" -> inFormula = false;
				default -> {
				}
			}
			super.endElement(uri, localName, qName);
		}

		@Override
		public void characters(char[] characters, int start, int length) throws SAXException {
			if (inHeaderOrFooter || inFormula) {
				return;
			}
			if (inText) {
				cellChars += length;
				if (cellChars > Spreadsheet.EXCEL_CELL_CHARS) {
					String reference = cell != null ? Spreadsheet.shown(cell) : rows.nextReference();
					throw new RefusedWhileReading(Refusal.CELL_TOO_LONG, reference, Spreadsheet.EXCEL_CELL_CHARS);
				}
			}
			super.characters(characters, start, length);
		}

		/** A row's number, checked before POI parses it (one too large for an int would only read as damage). */
		private static void checkRow(String number) {
			if (number != null && isDigits(number.strip())) {
				checkRowNumber(number.strip());
			}
		}

		/** A cell's reference, checked as its cell begins: cells without a value never reach the row collector. */
		private void checkReference(String reference) {
			if (columnOf(reference) >= Spreadsheet.EXCEL_COLUMNS) {
				throw new RefusedWhileReading(Refusal.TOO_MANY_COLUMNS,
						Spreadsheet.shown(reference.replace("$", "").replaceFirst("[^A-Z].*", "")), rows.rowNumber(),
						Spreadsheet.columnName(Spreadsheet.EXCEL_COLUMNS - 1));
			}
			String digits = reference.replace("$", "").replaceFirst("^[A-Z]+", "");
			if (isDigits(digits)) {
				checkRowNumber(digits);
			}
		}

	}

	/**
	 * The 0-based column of a reference such as "AB12", {@code -1} when it names none, and at most
	 * {@link Spreadsheet#EXCEL_COLUMNS} (one past XFD) for any beyond: counting stops there, so no reference can
	 * overflow it.
	 */
	static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && column <= Spreadsheet.EXCEL_COLUMNS; i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c != '$') {
				break;
			}
		}
		return Math.min(column, Spreadsheet.EXCEL_COLUMNS + 1) - 1;
	}

	/** Refuses a row number beyond Excel's rows, such as the "1048577" of "A1048577". */
	private static void checkRowNumber(String digits) {
		String number = digits.replaceFirst("^0+(?=.)", "");
		if (number.isEmpty()) {
			return;
		}
		if (number.length() > 7 || number.equals("0") || Integer.parseInt(number) > Spreadsheet.EXCEL_ROWS) {
			throw new RefusedWhileReading(Refusal.ROW_OUT_OF_RANGE,
					number.length() <= 18 ? Long.parseLong(number) : Spreadsheet.shown(number), Spreadsheet.EXCEL_ROWS);
		}
	}

	private static boolean isDigits(String text) {
		return text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	/** Turns POI's cell-by-cell callbacks into rows of cells by column index. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		private int row;

		private int nextColumn;

		private int rowChars;

		RowCollector(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			if (rowNum < 0 || rowNum >= Spreadsheet.EXCEL_ROWS) {
				throw new RefusedWhileReading(Refusal.ROW_OUT_OF_RANGE, rowNum + 1L, Spreadsheet.EXCEL_ROWS);
			}
			row = rowNum;
			cells.clear();
			nextColumn = 0;
			rowChars = 0;
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int named = cellReference == null ? -1 : columnOf(cellReference);
			int column = named < 0 ? nextColumn : named;
			if (column >= Spreadsheet.EXCEL_COLUMNS) {
				throw new RefusedWhileReading(Refusal.TOO_MANY_COLUMNS, Spreadsheet.columnName(column), rowNumber(),
						Spreadsheet.columnName(Spreadsheet.EXCEL_COLUMNS - 1));
			}
			if (formattedValue != null) {
				rowChars += formattedValue.length();
				if (rowChars > Spreadsheet.MAX_ROW_CHARS) {
					throw new RefusedWhileReading(Refusal.ROW_TOO_LONG, rowNumber(), Spreadsheet.MAX_ROW_CHARS);
				}
			}
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
			handler.row(rowNum + 1, List.copyOf(withoutNulls(cells)));
		}

		int rowNumber() {
			return row + 1;
		}

		/** The reference of a cell the file gives none: the column after the last cell. */
		String nextReference() {
			return Spreadsheet.columnName(nextColumn) + rowNumber();
		}

		private static List<String> withoutNulls(List<String> cells) {
			List<String> copy = new ArrayList<>(cells.size());
			for (String cell : cells) {
				copy.add(cell == null ? "" : cell);
			}
			return copy;
		}

	}

}
