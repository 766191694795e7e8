package org.zonehub.rollup;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.jobs.BackgroundJobs;
import org.zonehub.platform.jobs.FailureCause;
import org.zonehub.platform.jobs.Job;
import org.zonehub.platform.jobs.JobHandler;
import org.zonehub.platform.jobs.JobOutcome;
import org.zonehub.platform.jobs.RunningJob;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Ministry's rebuild of every zone's current figures from the source tables: one background job per zone (claimed
 * in the database, resumed after a crash, one per zone at a time), each recording its zone when done; the rebuild's
 * progress is how many have. Figures stay readable throughout: each zone's are replaced in one transaction.
 */
@Service
class RollupRebuilds implements JobHandler {

	static final String KIND = "rollup-rebuild";

	private static final Logger log = LoggerFactory.getLogger(RollupRebuilds.class);

	/** A rebuild and how far it has got; {@code finishedAt} is set once every zone is done. */
	public record Rebuild(long id, String requestedBy, Instant requestedAt, int zonesTotal, int zonesDone,
			int zonesFailed, Instant finishedAt) {
	}

	private final RollupMapper rollups;

	private final ZoneRollups zoneRollups;

	private final BackgroundJobs jobs;

	private final TenancyGuard tenancy;

	private final Clock clock;

	RollupRebuilds(RollupMapper rollups, ZoneRollups zoneRollups, BackgroundJobs jobs, TenancyGuard tenancy,
			Clock clock) {
		this.rollups = rollups;
		this.zoneRollups = zoneRollups;
		this.jobs = jobs;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	@Transactional
	Rebuild start(NationalScope national) {
		if (rollups.unfinishedRebuild(national) != null) {
			throw new ApiProblem(ErrorCode.ROLLUP_REBUILD_RUNNING);
		}
		List<ZoneScope> zones = tenancy.systemScopes();
		GeneratedId key = new GeneratedId();
		rollups.insertRebuild(national.caller().username(), now(), zones.size(), key);
		for (ZoneScope zone : zones) {
			jobs.enqueue(zone, KIND, key.getId());
		}
		log.info("Rollup rebuild {} asked for by {}: {} zones", key.getId(), national.caller().username(), zones.size());
		return rollups.findRebuild(national, key.getId());
	}

	List<Rebuild> recent(NationalScope national) {
		return rollups.recentRebuilds(national, 10);
	}

	Rebuild find(NationalScope national, long id) {
		Rebuild rebuild = rollups.findRebuild(national, id);
		if (rebuild == null) {
			throw ApiProblem.notFound();
		}
		return rebuild;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean resumesAfterLoss() {
		return true; // a rebuild replaces the zone's figures whole: running it again is harmless
	}

	@Override
	@Transactional(isolation = Isolation.READ_COMMITTED) // see RollupEvents
	public JobOutcome run(RunningJob running) {
		Job job = running.job();
		zoneRollups.rebuild(job.zone());
		rollups.markRebuilt(job.zone(), job.subjectId(), false, now());
		running.progress(1, 1L);
		return JobOutcome.succeeded();
	}

	@Override
	public ErrorCode failed(Job job, FailureCause cause) {
		rollups.markRebuilt(job.zone(), job.subjectId(), true, now());
		return ErrorCode.ROLLUP_REBUILD_FAILED;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
