/**
 * The to-do inbox: what waits for a zone administrator or an enterprise user, gathered from every feature that
 * contributes an {@link org.zonehub.platform.inbox.InboxProvider} (special actions today, program months later).
 * The platform only gathers and counts; each feature decides what is due for whom.
 */
package org.zonehub.platform.inbox;
