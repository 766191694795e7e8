package org.zonehub.program;

/** The units KPIs are kept in; money in yuan (the web app shows 万元 / 亿元). */
enum KpiUnit {

	CNY, ENTERPRISE, SHOP, BRAND, SITE, WAREHOUSE, M2, PERSON_TIME, SESSION, COUNT

}
