import { computeReport, reportSource, type Report } from '../../lib/report/index.ts';
import { todayInVietnam } from '../../lib/text/dates.ts';
import type { Site } from '../../pages/_site.ts';

const reports = new WeakMap<Site, Report>();

/**
 * The figures of the site's agencies at the province's fixed as-of date, else today in Vietnam;
 * computed once per build. In a single-agency build the site holds only that agency's documents,
 * so only its own figures are complete.
 */
export function siteReport(site: Site): Report {
	let report = reports.get(site);
	if (report === undefined) {
		const source = reportSource({
			province: site.province ?? null,
			catalogue: [...site.catalogue.values()],
			tthc: [...site.tthc.values()],
			legal: [...site.legal.values()],
			agencies: [...site.allAgencies].map(([id, data]) => ({ id, data })),
			policies: site.policies,
			objectives: site.objectives,
			procedures: site.procedures,
			internal: site.internal,
		});
		report = computeReport(source, { asOf: site.province?.asOf ?? todayInVietnam(new Date()) });
		reports.set(site, report);
	}
	return report;
}
