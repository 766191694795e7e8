package org.zonehub.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.files.FileStore;
import org.zonehub.platform.files.FileTypes;
import org.zonehub.platform.files.StoredFile;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Evidence files of assessment items and rectification tasks. Only the enterprise attaches and removes them, and
 * only while the item or task is with it; the enterprise, its zone and ministry read them. The content goes to the
 * content-addressed {@link FileStore} (the same file is kept once); a removed evidence row leaves the blob, which
 * other rows may share.
 */
@Service
class EvidenceFiles {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	/** An evidence row with its content, for download. */
	record Download(EvidenceRow row, InputStream content) {
	}

	private final EvidenceMapper evidence;

	private final AssessmentMapper assessments;

	private final Rectifications rectifications;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvidenceFiles(EvidenceMapper evidence, AssessmentMapper assessments, Rectifications rectifications,
			FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.evidence = evidence;
		this.assessments = assessments;
		this.rectifications = rectifications;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Evidence attachToItem(ZoneScope zone, long assessmentId, String code, MultipartFile file) {
		AssessmentRow assessment = assessments.find(zone, assessmentId);
		if (assessment == null) {
			throw ApiProblem.notFound();
		}
		zone.requireOwnEnterprise(assessment.enterpriseId());
		requireEditable(zone, assessmentId);
		if (assessments.itemExists(zone, assessmentId, code) == 0) {
			throw ApiProblem.notFound();
		}
		return attach(zone, assessment.enterpriseId(), assessmentId, code, null, file);
	}

	@Transactional
	Evidence attachToTask(ZoneScope zone, long taskId, MultipartFile file) {
		TaskRow task = rectifications.row(zone, taskId);
		zone.requireOwnEnterprise(task.enterpriseId());
		requireWithEnterprise(task);
		return attach(zone, task.enterpriseId(), null, null, taskId, file);
	}

	@Transactional
	void remove(ZoneScope zone, long id) {
		EvidenceRow row = row(zone, id);
		zone.requireOwnEnterprise(row.enterpriseId());
		if (row.assessmentId() != null) {
			requireEditable(zone, row.assessmentId());
		}
		else {
			requireWithEnterprise(rectifications.row(zone, row.taskId()));
		}
		evidence.delete(zone, id);
		audit(zone, id, row, "removed", Evidence.from(row), null);
	}

	Download download(ZoneScope zone, long id) {
		EvidenceRow row = row(zone, id);
		return new Download(row, files.open(row.sha256()));
	}

	private Evidence attach(ZoneScope zone, long enterpriseId, Long assessmentId, String code, Long taskId,
			MultipartFile file) {
		if (file == null) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_REQUIRED);
		}
		if (file.getSize() > MAX_BYTES) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_TOO_LARGE, MAX_BYTES / (1024 * 1024));
		}
		try (InputStream content = file.getInputStream()) {
			return attach(zone, enterpriseId, assessmentId, code, taskId, file.getOriginalFilename(), content);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Demo data attaches files it has at hand rather than uploads. */
	@Transactional
	Evidence attachToItem(ZoneScope zone, long assessmentId, String code, String fileName, InputStream content) {
		AssessmentRow assessment = assessments.find(zone, assessmentId);
		zone.requireOwnEnterprise(assessment.enterpriseId());
		requireEditable(zone, assessmentId);
		return attach(zone, assessment.enterpriseId(), assessmentId, code, null, fileName, content);
	}

	private Evidence attach(ZoneScope zone, long enterpriseId, Long assessmentId, String code, Long taskId,
			String fileName, InputStream content) {
		StoredFile stored = files.store(content, MAX_BYTES);
		EvidenceRow row = new EvidenceRow(0, enterpriseId, assessmentId, code, taskId, stored.sha256(),
				stored.sizeBytes(), stored.mediaType(), safeName(fileName, stored.mediaType()),
				zone.caller().username(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
		GeneratedId key = new GeneratedId();
		evidence.insert(zone, row, key);
		Evidence attached = Evidence.from(row(zone, key.getId()));
		audit(zone, attached.id(), row, "attached", null, attached);
		return attached;
	}

	/**
	 * The name users see and download under: the uploaded name without any path or control characters, at most 200
	 * characters, ending in the extension of the type judged from the content.
	 */
	static String safeName(String original, String mediaType) {
		return FileTypes.safeName(original, mediaType, "evidence");
	}

	private void requireEditable(ZoneScope zone, long assessmentId) {
		AssessmentStatus status = assessments.lockStatus(zone, assessmentId);
		if (!status.editable()) {
			throw new ApiProblem(ErrorCode.EVIDENCE_LOCKED_ASSESSMENT, status);
		}
	}

	private static void requireWithEnterprise(TaskRow task) {
		if (!task.status().withEnterprise()) {
			throw new ApiProblem(ErrorCode.EVIDENCE_LOCKED_TASK, task.status());
		}
	}

	/** The evidence row; 404 if it is not in the zone or belongs to another enterprise than the caller's. */
	private EvidenceRow row(ZoneScope zone, long id) {
		EvidenceRow row = evidence.find(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		zone.requireEnterprise(row.enterpriseId());
		return row;
	}

	private void audit(ZoneScope zone, long id, EvidenceRow row, String action, Evidence before, Evidence after) {
		Map<String, Object> owner = row.taskId() != null ? Map.of("task", row.taskId())
				: Map.of("assessment", row.assessmentId(), "item", row.itemCode());
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"evidence", String.valueOf(id), action, before == null ? null : Map.of("file", before, "of", owner),
				after == null ? null : Map.of("file", after, "of", owner)));
	}

}
