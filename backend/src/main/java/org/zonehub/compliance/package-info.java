/**
 * Compliance: the requirement catalogue (the ministry's versioned national baseline plus each zone's own
 * requirements); later the enterprises' self-assessments, their review, scoring and rectification.
 */
package org.zonehub.compliance;
