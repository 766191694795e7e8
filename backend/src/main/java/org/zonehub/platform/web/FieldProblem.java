package org.zonehub.platform.web;

/** One bad field of a request: {@code field} is the JSON path, e.g. {@code firstAdmin.email}. */
public record FieldProblem(String field, String message) {
}
