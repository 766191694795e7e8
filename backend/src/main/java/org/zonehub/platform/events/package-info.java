/**
 * Events every feature may publish and any module may listen to, and how they travel. Listeners in the
 * publisher's transaction (the audit trail) commit or roll back with the change. Listeners in other modules run
 * after the commit ({@code @ApplicationModuleListener}) through Spring Modulith's JDBC publication registry: the
 * publication is written in the change's transaction and marked complete when the listener succeeds, so a
 * committed event reaches its listeners even after a crash ({@link EventRedelivery}); such listeners take each
 * event once through {@link EventReceipts}, because redelivery may repeat one.
 */
package org.zonehub.platform.events;
