/**
 * Evidence files, stored by content: a blob's name is the SHA-256 of its bytes, so the same evidence uploaded twice is
 * stored once and a stored blob never changes under its name. Only the bytes live here, each judged by its content
 * (never its name) to be a PDF, an image, an Office document or an OFD file; what a file means (its name, who sent
 * it, what it proves) lives in the database with the feature that owns it, which keeps the hash.
 */
package org.zonehub.platform.files;
