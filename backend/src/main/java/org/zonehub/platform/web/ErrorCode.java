package org.zonehub.platform.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

/**
 * The catalogue of every error the API gives. A problem's {@code code} (and the end of its {@code type} URI) is one
 * of these, and so is each entry of its {@code errors}; the frontend branches on codes, never on wording. The words
 * live in the message bundles {@code messages.properties} (zh-CN, the default) and {@code messages_en.properties},
 * keyed {@code error.<code>}, with {@code {0}}, {@code {1}}… for the arguments; {@code ErrorCatalogueTest} walks
 * this enum against both bundles. A module that needs a new error adds its constant here and its two messages.
 *
 * <p>
 * A constant with a status names a whole answer (a problem); one without names what is wrong with one field.
 */
public enum ErrorCode {

	// ---- whole answers: requests the server could not take
	VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST),
	MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
	UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
	STALE_VERSION("stale-version", HttpStatus.CONFLICT),
	ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT),
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
	IDENTITY_UNAVAILABLE("identity-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
	SIGN_IN_KEYS_UNAVAILABLE("sign-in-keys-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
	EXPORTS_BUSY("exports-busy", HttpStatus.SERVICE_UNAVAILABLE),
	EXPORT_TOO_LARGE("export-too-large", HttpStatus.BAD_REQUEST),

	// ---- whole answers: who may do what (platform.tenancy)
	ACCOUNT_ROLES_AMBIGUOUS("account-roles-ambiguous", HttpStatus.FORBIDDEN),
	ACCOUNT_WITHOUT_ROLE("account-without-role", HttpStatus.FORBIDDEN),
	ACCOUNT_ZONE_MISSING("account-zone-missing", HttpStatus.FORBIDDEN),
	ACCOUNT_ENTERPRISE_MISSING("account-enterprise-missing", HttpStatus.FORBIDDEN),
	ACCOUNT_NOT_BOUND("account-not-bound", HttpStatus.FORBIDDEN),
	ZONE_STAFF_ONLY("zone-staff-only", HttpStatus.FORBIDDEN),
	ZONE_ADMIN_ONLY("zone-admin-only", HttpStatus.FORBIDDEN),
	ENTERPRISE_USERS_ONLY("enterprise-users-only", HttpStatus.FORBIDDEN),
	MINISTRY_READ_ONLY("ministry-read-only", HttpStatus.FORBIDDEN),
	ZONE_CLOSED("zone-closed", HttpStatus.FORBIDDEN),
	ENTERPRISE_INACTIVE("enterprise-inactive", HttpStatus.FORBIDDEN),

	// ---- whole answers: zones, enterprises, accounts, imports
	ZONE_CODE_TAKEN("zone-code-taken", HttpStatus.CONFLICT),
	EMAIL_TAKEN("email-taken", HttpStatus.CONFLICT),
	CREDIT_CODE_TAKEN("credit-code-taken", HttpStatus.CONFLICT),
	ENTERPRISE_DEREGISTERED("enterprise-deregistered", HttpStatus.CONFLICT),
	ACCOUNTS_NEED_ACTIVE_ENTERPRISE("accounts-need-active-enterprise", HttpStatus.CONFLICT),
	ACCOUNTS_STAY_DISABLED("accounts-stay-disabled", HttpStatus.CONFLICT),

	// ---- whole answers: compliance
	ASSESSMENT_NEEDS_ACTIVE_ENTERPRISE("assessment-needs-active-enterprise", HttpStatus.CONFLICT),
	ASSESSMENT_IN_PROGRESS("assessment-in-progress", HttpStatus.CONFLICT),
	NO_REQUIREMENT_APPLIES("no-requirement-applies", HttpStatus.CONFLICT),
	ASSESSMENT_STARTED_MEANWHILE("assessment-started-meanwhile", HttpStatus.CONFLICT),
	ASSESSMENT_LOCKED("assessment-locked", HttpStatus.CONFLICT),
	REVIEW_NEEDS_SUBMITTED("review-needs-submitted", HttpStatus.CONFLICT),
	BASELINE_DRAFT_EXISTS("baseline-draft-exists", HttpStatus.CONFLICT),
	BASELINE_EMPTY("baseline-empty", HttpStatus.CONFLICT),
	BASELINE_FROZEN("baseline-frozen", HttpStatus.CONFLICT),
	REQUIREMENT_CODE_NATIONAL("requirement-code-national", HttpStatus.CONFLICT),
	REQUIREMENT_CODE_TAKEN("requirement-code-taken", HttpStatus.CONFLICT),
	TASK_CLOSED("task-closed", HttpStatus.CONFLICT),
	EVIDENCE_LOCKED_ASSESSMENT("evidence-locked-assessment", HttpStatus.CONFLICT),
	EVIDENCE_LOCKED_TASK("evidence-locked-task", HttpStatus.CONFLICT),

	// ---- whole answers: the national rollup
	ROLLUP_REBUILD_RUNNING("rollup-rebuild-running", HttpStatus.CONFLICT),

	// ---- fields: general
	FIELD_REQUIRED("field.required"),
	FIELD_WRONG_TYPE("field.wrong-type"),
	FIELD_TOO_LONG("field.too-long"),
	FIELD_SIZE("field.size"),
	FIELD_TOO_SMALL("field.too-small"),
	FIELD_TOO_LARGE("field.too-large"),
	FIELD_NOT_POSITIVE("field.not-positive"),
	FIELD_EMAIL("field.email"),
	FIELD_PATTERN("field.pattern"),
	FIELD_INVALID("field.invalid"),
	FIELD_ONE_OF("field.one-of"),
	FIELD_TOO_MANY("field.too-many"),
	FIELD_NOT_IN_PAST("field.not-in-past"),
	VERSION_REQUIRED("field.version-required"),
	PAGE_NEGATIVE("field.page-negative"),
	PAGE_TOO_DEEP("field.page-too-deep"),
	SIZE_OUT_OF_RANGE("field.size-out-of-range"),
	SORT_DIRECTION("field.sort-direction"),
	SORT_KEY("field.sort-key"),
	PHONE_FORMAT("field.phone-format"),

	// ---- fields: zones, enterprises, accounts
	ZONE_CODE_FORMAT("zone.code-format"),
	ZONE_CODE_IN_USE("zone.code-in-use"),
	MERGE_TARGET_REQUIRED("zone.merge-target-required"),
	MERGE_TARGET_INVALID("zone.merge-target-invalid"),
	EMAIL_IN_USE("account.email-in-use"),
	CREDIT_CODE_LENGTH("credit-code.length"),
	CREDIT_CODE_CHARACTERS("credit-code.characters"),
	CREDIT_CODE_CHECK_CHARACTER("credit-code.check-character"),
	CREDIT_CODE_IN_USE("credit-code.in-use"),
	CUSTOMS_CODE_FORMAT("enterprise.customs-code-format"),
	CUSTOMS_MODE_UNKNOWN("enterprise.customs-mode-unknown"),

	// ---- fields: compliance
	BASELINE_CODE_FORMAT("requirement.baseline-code-format"),
	ZONE_REQUIREMENT_CODE_FORMAT("requirement.zone-code-format"),
	REQUIREMENT_CODE_IS_NATIONAL("requirement.code-national"),
	REQUIREMENT_CODE_IN_USE("requirement.code-in-use"),
	ANSWER_UNKNOWN_REQUIREMENT("assessment.unknown-requirement"),
	ITEM_UNANSWERED("assessment.item-unanswered"),
	ITEM_NEEDS_EVIDENCE("assessment.item-needs-evidence"),
	ITEM_NEEDS_REASON("assessment.item-needs-reason"),
	RETURN_COMMENT_REQUIRED("review.comment-required"),
	FIX_NOTE_REQUIRED("task.note-required"),
	FIX_EVIDENCE_REQUIRED("task.evidence-required"),
	REOPEN_NOTE_REQUIRED("task.reopen-note-required"),

	// ---- fields: uploaded files
	FILE_REQUIRED("file.required"),
	FILE_EMPTY("file.empty"),
	FILE_TOO_LARGE("file.too-large"),
	FILE_TYPE_NOT_ALLOWED("file.type-not-allowed"),
	FILE_FORMAT("file.format"),
	SHEET_NOT_A_SPREADSHEET("sheet.not-a-spreadsheet"),
	SHEET_OLD_XLS("sheet.old-xls"),
	SHEET_UNREADABLE("sheet.unreadable"),
	SHEET_NO_ROWS("sheet.no-rows"),
	SHEET_MISSING_COLUMNS("sheet.missing-columns"),
	SHEET_DUPLICATE_COLUMNS("sheet.duplicate-columns"),
	SHEET_HEADER_ONLY("sheet.header-only"),
	SHEET_TOO_MANY_COLUMNS("sheet.too-many-columns"),
	SHEET_ROW_OUT_OF_RANGE("sheet.row-out-of-range"),
	SHEET_CELL_TOO_LONG("sheet.cell-too-long"),
	SHEET_TEXT_TOO_LONG("sheet.text-too-long"),
	SHEET_ROW_TOO_LONG("sheet.row-too-long"),
	SHEET_TOO_MANY_TEXTS("sheet.too-many-texts"),
	SHEET_TOO_MUCH_TEXT("sheet.too-much-text"),
	SHEET_TOO_MANY_PARTS("sheet.too-many-parts"),
	SHEET_ZIP_BOMB("sheet.zip-bomb"),
	SHEET_PART_TOO_LARGE("sheet.part-too-large"),
	SHEET_XML_TAG_TOO_LONG("sheet.xml-tag-too-long"),
	SHEET_XML_TOO_DEEP("sheet.xml-too-deep"),
	SHEET_NOT_UTF8("sheet.not-utf8"),

	// ---- import jobs: why a whole file failed (kept with the job, worded when read)
	IMPORT_FILE_GONE("import.file-gone"),
	IMPORT_EMPTY("import.empty"),
	IMPORT_MISSING_COLUMNS("import.missing-columns"),
	IMPORT_TOO_MANY_ROWS("import.too-many-rows"),
	IMPORT_UNREADABLE("import.unreadable"),
	IMPORT_BROKE_OFF("import.broke-off"),
	IMPORT_OUT_OF_MEMORY("import.out-of-memory"),
	IMPORT_CRASHED("import.crashed"),
	IMPORT_ABANDONED("import.abandoned"),
	IMPORT_UPLOADER_GONE("import.uploader-gone"),
	// kept for the jobs that ended so before imports ran as background jobs (V11): refused at a shutdown, or lost
	IMPORT_SHUTTING_DOWN("import.shutting-down"),
	IMPORT_INTERRUPTED("import.interrupted"),
	IMPORT_LEGACY_FAILURE("import.legacy-failure"),
	IMPORT_FILE_REFUSED("import.file-refused"),
	ROLLUP_REBUILD_FAILED("rollup.rebuild-failed"),

	// ---- import rows: what is wrong with one cell (kept with the job, worded when read)
	ROW_TEMPLATE_EXAMPLE("row.template-example"),
	ROW_UNKNOWN_KIND("row.unknown-kind"),
	ROW_UNKNOWN_CUSTOMS_MODE("row.unknown-customs-mode"),
	ROW_NOT_A_NUMBER("row.not-a-number"),
	ROW_DUPLICATE("row.duplicate"),
	ROW_DEREGISTERED("row.deregistered"),
	ROW_CHANGED_MEANWHILE("row.changed-meanwhile"),

	// action
	ACTION_NOT_DRAFT("action-not-draft", HttpStatus.CONFLICT),
	ACTION_NOT_LAUNCHED("action-not-launched", HttpStatus.CONFLICT),
	ACTION_CLOSED("action-closed", HttpStatus.CONFLICT),
	ACTION_EMPTY("action-empty", HttpStatus.CONFLICT),
	MEASURE_NOT_ASSIGNED("measure-not-assigned", HttpStatus.CONFLICT),
	REPORT_DRAFT_REQUIRED("report-draft-required", HttpStatus.CONFLICT),
	REPORT_NOT_RETURNABLE("report-not-returnable", HttpStatus.CONFLICT),
	ACTION_WINDOW_ORDER("action.window-order"),
	ACTION_DATE_OUTSIDE_WINDOW("action.date-outside-window"),
	ACTION_ZONE_UNKNOWN("action.zone-unknown"),
	ACTION_ZONE_NOT_IN_SCOPE("action.zone-not-in-scope"),
	ACTION_MEASURE_NUMBER_TAKEN("action.measure-number-taken"),
	REPLICATION_MEASURE_UNKNOWN("action.replication-measure-unknown"),
	REPORT_PERIOD_UNKNOWN("report.period-unknown"),
	REPORT_REASON_REQUIRED("report.reason-required"),
	REPORT_COMPLETION_DATE_REQUIRED("report.completion-date-required"),
	REPORT_UNIT_REQUIRED("report.unit-required"),
	REPORT_DUPLICATE_MEASURE("report.duplicate-measure"),

	// program
	PROGRAM_NOT_DRAFT("program-not-draft", HttpStatus.CONFLICT),
	PROGRAM_NOT_ACTIVE("program-not-active", HttpStatus.CONFLICT),
	PROGRAM_CLOSED("program-closed", HttpStatus.CONFLICT),
	PROGRAM_NO_KPIS("program-no-kpis", HttpStatus.CONFLICT),
	PROGRAM_KPI_TAKEN("program-kpi-taken", HttpStatus.CONFLICT),
	PROGRAM_NOT_ENROLLED("program-not-enrolled", HttpStatus.CONFLICT),
	PROGRAM_MONTH_NOT_OPEN("program-month-not-open", HttpStatus.CONFLICT),
	PROGRAM_MONTH_CLOSED("program-month-closed", HttpStatus.CONFLICT),
	PROGRAM_MONTH_CONFIRMED("program-month-confirmed", HttpStatus.CONFLICT),
	PROGRAM_MONTH_OUTLIERS("program-month-outliers", HttpStatus.CONFLICT),
	PROGRAM_MONTH_FORMAT("program.month-format"),
	PROGRAM_MONTHS_ORDER("program.months-order"),
	PROGRAM_TOO_LONG("program.too-long"),
	PROGRAM_KPI_UNKNOWN("program.kpi-unknown"),
	PROGRAM_KPI_DUPLICATE("program.kpi-duplicate"),
	PROGRAM_KPI_NATIONAL_CODE("program.kpi-national-code"),
	PROGRAM_PLAN_LENGTH("program.plan-length"),
	PROGRAM_PLAN_SUM("program.plan-sum"),
	PROGRAM_PLAN_END("program.plan-end"),
	PROGRAM_MONTH_OUTSIDE("program.month-outside"),
	PROGRAM_KPI_NOT_IN_PROGRAM("program.kpi-not-in-program"),
	PROGRAM_KPI_WRONG_REPORTER("program.kpi-wrong-reporter"),
	PROGRAM_ENROL_NOTHING("program.enrol-nothing"),
	PROGRAM_LEAVE_MONTH("program.leave-month"),
	PROGRAM_ENTERPRISE_NOT_ENROLLED("program.enterprise-not-enrolled"),
	PROGRAM_ROW_UNKNOWN_ENTERPRISE("program.row-unknown-enterprise"),
	PROGRAM_ROW_MONTH_CONFIRMED("program.row-month-confirmed"),
	PROGRAM_ROW_MONTH_NOT_OPEN("program.row-month-not-open"),
	PROGRAM_ROW_KEY_REPEATED("program.row-key-repeated");

	/** Where problem types live: {@code type} is this followed by the code. */
	public static final String TYPE_PREFIX = "urn:zonehub:problem:";

	private static final Map<String, ErrorCode> BY_CODE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

	private final String code;

	private final HttpStatus status;

	ErrorCode(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	ErrorCode(String code) {
		this(code, null);
	}

	/** The stable code the API sends and the frontend reads. */
	public String code() {
		return code;
	}

	/** The answer's status; {@code null} for a field code. */
	public HttpStatus status() {
		return status;
	}

	public boolean isProblem() {
		return status != null;
	}

	public URI type() {
		return URI.create(TYPE_PREFIX + code);
	}

	/** The bundle key of the message. */
	public String messageKey() {
		return "error." + code;
	}

	/** The constant for a code as sent, or {@code null}. */
	public static ErrorCode of(String code) {
		return BY_CODE.get(code);
	}

}
