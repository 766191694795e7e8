package org.zonehub.platform.sheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.zonehub.platform.sheets.Spreadsheet.Refusal;
import org.zonehub.platform.sheets.Spreadsheet.Refused;
import org.zonehub.platform.sheets.Spreadsheet.RefusedWhileReading;

/**
 * The zip inside an .xlsx, bounded: how many parts it has, how far each inflates and how large each gets — both in
 * its directory when the file is sniffed (cheap: nothing is unpacked) and in the bytes as each part is unpacked
 * (the directory can lie). POI has its own guard ({@code ZipSecureFile}), but with one entry size for every part,
 * set JVM-wide; here the two parts read as streams (the sheet and its shared strings) may be large, while every
 * part POI parses whole into memory (content types, relationships, workbook, styles) stays small.
 */
public final class WorkbookZip implements ZipEntrySource {

	/** POI's own default; the template has ten parts, a workbook with many sheets and pictures some hundreds. */
	public static final int MAX_PARTS = 1_000;

	/**
	 * How many times its packed size a part may unpack to: POI's own default. The XML of a 50,000-row import
	 * packs 10 times; a zip bomb packs a thousand times or more.
	 */
	public static final int MAX_INFLATION = 100;

	/** Parts this small are never bombs, however well they pack (POI's own default). */
	static final long INFLATION_GRACE = 100 * 1024;

	/**
	 * A part read as a stream: memory does not grow with it, time does. A 50,000-row sheet of the template's
	 * columns is some 25 MB of XML (its texts in the shared strings, 10 MB more); this is many times that, and
	 * still only seconds of parsing.
	 */
	static final long MAX_STREAMED_PART = 512L << 20;

	/**
	 * A part POI parses whole into memory. Its XML objects take up to 26 bytes of heap per byte of XML (measured
	 * with a styles part of nothing but empty cell formats), so 2 MB cost at most some 55 MB. The template's whole
	 * parts have 1 KB each; at some 100 bytes a cell format, 2 MB of styles hold 20,000 of them.
	 */
	static final long MAX_WHOLE_PART = 2L << 20;

	private final ZipFile zip;

	private boolean streaming;

	private boolean closed;

	private Refused refused;

	private WorkbookZip(ZipFile zip) {
		this.zip = zip;
	}

	/**
	 * Whether a zip is a workbook, from its directory alone: it has the parts every workbook has. A zip of too many
	 * parts, or with a part whose sizes are a zip bomb's, is refused.
	 */
	static boolean isWorkbook(Path file) throws Refused {
		try (java.util.zip.ZipFile directory = new java.util.zip.ZipFile(file.toFile())) {
			if (directory.getEntry("[Content_Types].xml") == null || directory.getEntry("xl/workbook.xml") == null) {
				return false;
			}
			if (directory.size() > MAX_PARTS) {
				throw new Refused(Refusal.TOO_MANY_PARTS, MAX_PARTS);
			}
			for (Enumeration<? extends ZipEntry> entries = directory.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				Refusal refusal = sizeRefusal(entry.getSize(), entry.getCompressedSize(), MAX_STREAMED_PART);
				if (refusal != null) {
					throw new Refused(refusal, arguments(refusal, entry.getName(), MAX_STREAMED_PART));
				}
			}
			return true;
		}
		catch (IOException | SecurityException notAZip) {
			return false;
		}
	}

	/** The zip to read, its parts counted again (reading may be given a file that was never sniffed). */
	static WorkbookZip open(Path file) throws IOException, Refused {
		ZipFile zip = ZipFile.builder().setFile(file.toFile()).get();
		if (Collections.list(zip.getEntries()).size() > MAX_PARTS) {
			zip.close();
			throw new Refused(Refusal.TOO_MANY_PARTS, MAX_PARTS);
		}
		return new WorkbookZip(zip);
	}

	/** The part {@code open} opens, which may be as large as a part read as a stream. */
	InputStream streamed(PartOpener open) throws IOException, OpenXML4JException {
		streaming = true;
		try {
			return open.open();
		}
		finally {
			streaming = false;
		}
	}

	@FunctionalInterface
	interface PartOpener {

		InputStream open() throws IOException, OpenXML4JException;

	}

	/** The first refusal of a part, even where POI wrapped it in an exception of its own, or swallowed it. */
	Refused refused() {
		return refused;
	}

	@Override
	public Enumeration<? extends ZipArchiveEntry> getEntries() {
		return zip.getEntries();
	}

	@Override
	public ZipArchiveEntry getEntry(String path) {
		return zip.getEntry(path);
	}

	@Override
	public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
		return new BoundedPart(zip.getInputStream(entry), entry, streaming ? MAX_STREAMED_PART : MAX_WHOLE_PART);
	}

	@Override
	public void close() throws IOException {
		closed = true;
		zip.close();
	}

	@Override
	public boolean isClosed() {
		return closed;
	}

	private static Refusal sizeRefusal(long unpacked, long packed, long maxSize) {
		if (unpacked > maxSize) {
			return Refusal.PART_TOO_LARGE;
		}
		if (unpacked > INFLATION_GRACE && unpacked > Math.max(packed, 0) * MAX_INFLATION) {
			return Refusal.ZIP_BOMB;
		}
		return null;
	}

	private static Object[] arguments(Refusal refusal, String part, long maxSize) {
		return new Object[] { Spreadsheet.shown(part), refusal == Refusal.ZIP_BOMB ? MAX_INFLATION : maxSize >> 20 };
	}

	/**
	 * A part as it is unpacked, counted. The zip reads no more packed bytes of a part than its directory says it
	 * has, so that size is what the part's inflation is measured against.
	 */
	private final class BoundedPart extends FilterInputStream {

		private final ZipArchiveEntry entry;

		private final long maxSize;

		private long unpacked;

		BoundedPart(InputStream in, ZipArchiveEntry entry, long maxSize) {
			super(in);
			this.entry = entry;
			this.maxSize = maxSize;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count(skipped);
			return skipped;
		}

		private void count(long bytes) {
			unpacked += bytes;
			Refusal refusal = sizeRefusal(unpacked, entry.getCompressedSize(), maxSize);
			if (refusal != null) {
				RefusedWhileReading refusing = new RefusedWhileReading(refusal,
						arguments(refusal, entry.getName(), maxSize));
				if (refused == null) {
					refused = refusing.refused();
				}
				throw refusing;
			}
		}

	}

}
