package org.zonehub.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Judges a file's type from its bytes alone: the first few bytes, for zips the names of their entries, for legacy
 * Office compound files the names in their directory. The name a file was sent under plays no part.
 */
public final class FileTypes {

	static final String PDF = "application/pdf";

	static final String PNG = "image/png";

	static final String JPEG = "image/jpeg";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	static final String OFD = "application/ofd";

	static final String DOC = "application/msword";

	static final String XLS = "application/vnd.ms-excel";

	static final String PPT = "application/vnd.ms-powerpoint";

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private FileTypes() {
	}

	/**
	 * The media type of {@code file}, judged from its content, or empty when it is none of the accepted kinds.
	 * @throws UncheckedIOException if the file cannot be read at all
	 */
	public static Optional<String> detect(Path file) {
		byte[] head = head(file, OLE2_MAGIC.length);
		if (startsWith(head, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(head, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, ZIP_MAGIC)) {
			return zipKind(file);
		}
		if (startsWith(head, OLE2_MAGIC)) {
			return compoundKind(file);
		}
		return Optional.empty();
	}

	/**
	 * The name users see and download a stored file under: the uploaded name without any path or control
	 * characters, at most 200 characters, ending in the extension of the type judged from the content;
	 * {@code fallback} when nothing is left of it.
	 */
	public static String safeName(String original, String mediaType, String fallback) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
		String extension = extensionFor(mediaType);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = fallback;
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		return base + extension;
	}

	/** The usual extension, dot included, for a type {@link #detect} returns; empty for any other. */
	public static String extensionFor(String mediaType) {
		if (mediaType == null) {
			return "";
		}
		return switch (mediaType) {
			case PDF -> ".pdf";
			case PNG -> ".png";
			case JPEG -> ".jpg";
			case DOCX -> ".docx";
			case XLSX -> ".xlsx";
			case PPTX -> ".pptx";
			case OFD -> ".ofd";
			case DOC -> ".doc";
			case XLS -> ".xls";
			case PPT -> ".ppt";
			default -> "";
		};
	}

	/** OOXML or OFD, told apart by entry names alone: nothing is inflated, so a zip bomb costs nothing. */
	/**
	 * Word, Excel and PowerPoint keep their main stream under a fixed name at the root of the compound file; other
	 * compound files (installers, Outlook messages, …) have none of them. Only the directory is read.
	 */
	private static Optional<String> compoundKind(Path file) {
		try (POIFSFileSystem compound = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = compound.getRoot();
			if (root.hasEntry("WordDocument")) {
				return Optional.of(DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Optional.of(XLS);
			}
			if (root.hasEntry("PowerPoint Document")) {
				return Optional.of(PPT);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException corrupt) {
			return Optional.empty();
		}
	}

	private static Optional<String> zipKind(Path file) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		boolean powerPoint = false;
		boolean ofd = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			var entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
				powerPoint |= name.startsWith("ppt/");
				ofd |= name.equals("OFD.xml");
			}
		}
		catch (IOException | IllegalArgumentException corrupt) {
			// ZipException for a damaged archive; IllegalArgumentException for entry names the charset cannot decode
			return Optional.empty();
		}
		if (contentTypes && word) {
			return Optional.of(DOCX);
		}
		if (contentTypes && excel) {
			return Optional.of(XLSX);
		}
		if (contentTypes && powerPoint) {
			return Optional.of(PPTX);
		}
		return ofd ? Optional.of(OFD) : Optional.empty();
	}

	private static byte[] head(Path file, int length) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Could not read " + file, unreadable);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

}
