package org.zonehub.platform.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an uploaded file goes back to a user: always a download (attachment) with the type judged at upload and
 * {@code nosniff}, under a sandboxing CSP, so an uploaded file never runs as a page of this site.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<InputStreamResource> attachment(String mediaType, long sizeBytes, String fileName,
			InputStream content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.contentLength(sizeBytes)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("Cache-Control", "private, no-store")
			.body(new InputStreamResource(content));
	}

}
