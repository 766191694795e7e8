/**
 * Background work that must survive its process and run once however many replicas run: queued jobs claimed in the
 * database with a heartbeat, and scheduled tasks under a database lock (ShedLock, {@link SchedulingConfig}).
 *
 * <p>
 * <b>The API.</b> A feature queues a job with {@link BackgroundJobs#enqueue} inside the transaction that writes its
 * own row (an import, say), and provides one {@link JobHandler} bean for the kind. The handler gets a
 * {@link RunningJob}: it reports progress with its work, in the same transaction, and calls a checkpoint between
 * units of work. Nothing here knows what a job does.
 *
 * <p>
 * <b>One generic table, not claim columns on each feature's table.</b> {@code background_job} holds only what
 * running needs (zone, kind, the feature row's id, who asked, status, claim, heartbeat, attempts, progress, failure
 * code); a feature keeps what its users see in its own row. So the claim, the heartbeat, the sweep and their SQL exist
 * once, for imports today and national rollup rebuilds or exports later, and a new kind needs no migration of the
 * queue. The price is two rows that must agree, kept so by two rules: where the runner or the sweeper ends a job,
 * the feature's row and the job's row change in one transaction (the feature's first, as in every batch); where the
 * handler ends its own work, it writes its row first, and a rerun that finds that row ended returns the same end.
 * Every job belongs to a zone ({@code zone_id NOT NULL}, so the tenancy rules hold for its row): national work runs
 * as one job per zone.
 *
 * <p>
 * <b>Claims that every supported database does the same way</b> (MySQL 8, MariaDB 10.11+, TiDB). No
 * {@code SELECT … FOR UPDATE SKIP LOCKED}: a process claims with one {@code UPDATE … WHERE id = ? AND status =
 * 'QUEUED'}, and the changed-row count says whether it won. At most one job per zone and kind runs: a running job has
 * {@code running_slot = 1} under a unique key on {@code (zone_id, kind, running_slot)}, so a second claim in that zone
 * and kind fails on the key, and finished or queued jobs (slot {@code NULL}) never collide. Heartbeats and timeouts
 * use the database's clock. The reads across zones (what to claim, what is stale) are a union of one zone-scoped
 * branch per zone ({@code TenancyGuard.systemScopes}), as every statement on a table with {@code zone_id} must be.
 *
 * <p>
 * <b>Fairness.</b> Each process polls every {@code zonehub.jobs.poll-interval} while it runs fewer than
 * {@code zonehub.jobs.concurrency} jobs and takes, per zone, the oldest queued job of a kind the zone is not running,
 * zones with the fewest running first. A zone with many jobs queued thus holds one worker per kind, never all of them:
 * another zone's job starts at the next poll.
 *
 * <p>
 * <b>Heartbeats, the sweeper, fencing.</b> Each process beats the heartbeat of its running jobs every
 * {@code heartbeat-interval}. A running job whose heartbeat is older than {@code stale-after} belongs to a dead
 * process: the sweeper (a {@code @Scheduled} task under ShedLock, so one replica sweeps) queues it again to be resumed
 * if its kind {@linkplain JobHandler#resumesAfterLoss resumes}, or fails it ({@link FailureCause#ABANDONED}); after
 * {@code max-lost-runs} lost runs it fails whatever the kind, so a job that kills its process cannot take down one
 * process after another. A process that only seemed dead (a long pause) is fenced off: every write of a run
 * (progress, end, hand-back, heartbeat) is conditional on its claim, the node and the attempt, and answers 0 rows once
 * another run took over, so it stops, and its last batch, written with its progress in one transaction, rolls back.
 * Resume or fail is the kind's choice: resuming needs work that commits its progress together with its effects, so a
 * rerun knows where to go on (imports do: each batch and the import's counts commit together, and the upsert by
 * credit code is idempotent); a kind whose effects cannot be told apart from a half-done run should fail instead.
 *
 * <p>
 * <b>Ends.</b> Whatever escapes a run, an {@link Error} such as {@link OutOfMemoryError} or
 * {@link StackOverflowError} included, fails the job with the code its handler gives for the {@link FailureCause};
 * should even that write fail, the job's heartbeat stops with the run and the sweeper takes over, so no job stays
 * running. A graceful stop (SIGTERM) is not a failure: the process stops claiming, its running jobs stop at their next
 * checkpoint and go back to the queue (not counted as lost), and the next process resumes them at once.
 */
package org.zonehub.platform.jobs;
