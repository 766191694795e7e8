package org.zonehub.enterprise;

/**
 * One problem with one cell of an imported file.
 *
 * @param row the row number as the spreadsheet shows it (the header row is 1)
 * @param column the column's header text as the file has it (its Chinese label when the column is missing)
 * @param field the column's English key, e.g. {@code creditCode}
 * @param message what is wrong
 */
record ImportError(int row, String column, String field, String message) {
}
