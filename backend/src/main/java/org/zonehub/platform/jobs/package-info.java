/**
 * Background work that must run once however many replicas run: scheduled tasks under a database lock
 * (ShedLock), and the claims and heartbeats of queued jobs.
 */
package org.zonehub.platform.jobs;
