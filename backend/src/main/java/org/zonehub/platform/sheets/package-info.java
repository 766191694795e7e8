/**
 * Reading uploaded spreadsheets (.xlsx and .csv) as bounded streams, for every import: the format, Excel's own
 * limits and the zip, XML and CSV bounds that hold before memory is spent ({@link org.zonehub.platform.sheets.Spreadsheet}),
 * header-then-rows reading ({@link org.zonehub.platform.sheets.SheetRows}) and the row errors imports report
 * ({@link org.zonehub.platform.sheets.ImportError}). Which columns a file has is each import's own business.
 */
package org.zonehub.platform.sheets;
