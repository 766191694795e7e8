package org.zonehub.platform.files;

/** What was stored: the content's SHA-256 (hex, lower case), its size, and the type judged from its content. */
public record StoredFile(String sha256, long sizeBytes, String mediaType) {
}
