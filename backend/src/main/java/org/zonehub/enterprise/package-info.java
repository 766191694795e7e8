/**
 * The zone's enterprise registry: records keyed by Unified Social Credit Code, their lifecycle
 * (active / suspended / deregistered), bulk import and export, and the enterprises' user accounts.
 */
package org.zonehub.enterprise;
