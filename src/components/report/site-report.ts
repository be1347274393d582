import { computeReport, reportSource, type Report } from '../../lib/report/index.ts';
import { versionIssues } from '../../lib/report/history-issues.ts';
import { siteDocuments, type Site } from '../../site/site.ts';

const reports = new WeakMap<Site, Report>();

/**
 * The figures of the site's agencies on the build's day (`Site.today`), past issues from git included;
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
			statistics: site.statistics,
			...siteDocuments(site),
		});
		// Every issue git recorded counts among the documents changed in the period, as in `qms report`.
		const issues = [...site.history.values()].flatMap((history) => {
			const [, agency = '', slug = ''] = /^agencies\/([^/]+)\/(?:[^/]+\/)?([^/]+)\.md$/.exec(history.file) ?? [];
			return versionIssues(agency, history.kind, slug, history.versions);
		});
		report = computeReport(source, { asOf: site.today, issues });
		reports.set(site, report);
	}
	return report;
}
