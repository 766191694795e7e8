/** Events every feature may publish and any module may listen to. */
package org.zonehub.platform.events;
