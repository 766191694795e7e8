package org.zonehub.platform.jobs;

import org.zonehub.platform.tenancy.ZoneScope;

/**
 * One claim on a job: the job, the process holding it and which run it is. Every write of a run is conditional on
 * its claim, so a run whose job was taken over (its process seemed dead, and another resumed it) writes nothing more.
 */
record Claim(ZoneScope zone, long id, String node, int attempt) {
}
