/** HTTP concerns shared by every feature: RFC 9457 problem details, paging, serving the single-page app. */
package org.zonehub.platform.web;
