/**
 * Uploaded files, stored by content: a blob's name is the SHA-256 of its bytes, so the same file uploaded twice is
 * stored once and a stored blob never changes under its name. Only the bytes live here, each judged by its content
 * (never its name) before it is kept: evidence must be a PDF, an image, an Office document or an OFD file; an import
 * upload must be a spreadsheet its feature can read. What a file means (its name, who sent it, what it proves) lives
 * in the database with the feature that owns it, which keeps the hash. Every replica reads the same blobs as long
 * as they share the data directory; a store kept elsewhere would replace this class behind the same methods.
 */
package org.zonehub.platform.files;
