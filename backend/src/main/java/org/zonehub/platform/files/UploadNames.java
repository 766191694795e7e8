package org.zonehub.platform.files;

/** The name a user gave an uploaded file, as lists show it. */
public final class UploadNames {

	private UploadNames() {
	}

	/** Without any path or control characters, at most 255 characters (the end kept); "upload" when none is left. */
	public static String of(String original) {
		if (original == null || original.isBlank()) {
			return "upload";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (name.isEmpty()) {
			return "upload";
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

}
