package org.zonehub.platform.web;

/** One entry of a problem's {@code errors}, as sent: the field's JSON path, its code and the worded message. */
public record FieldError(String field, String code, String message) {
}
