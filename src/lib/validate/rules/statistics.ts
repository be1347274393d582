import type { MonthStatistics, Statistics } from '../../../../schemas/statistics.ts';
import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import type { LoadedDocument } from '../../load/corpus.ts';
import { locate } from '../../load/yaml-source.ts';
import { monthDossiers, monthKey as key } from '../../statistics/dossiers.ts';
import type { RuleContext } from '../context.ts';

/**
 * The monthly dossier statistics add up: each month's dossiers to handle (carried over +
 * received) are resolved, pending, returned or withdrawn; a month carries over what the month
 * before left pending; the file's year is its name.
 */
export function checkStatistics(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		const byMonth = new Map<string, MonthStatistics>();
		for (const doc of folder.statistics) for (const entry of doc.data.months) byMonth.set(key(doc.data.year, entry.month), entry);
		for (const doc of folder.statistics) {
			const named = /(\d{4})\.ya?ml$/.exec(doc.file)?.[1];
			if (named !== undefined && Number(named) !== doc.data.year) {
				findings.push(
					finding(
						'statistics-year',
						doc.file,
						locate(doc.source, ['year']),
						`Tệp ${named}.yaml ghi "year: ${doc.data.year}". Sửa năm cho trùng tên tệp, hoặc đổi tên tệp thành ${doc.data.year}.yaml.`,
					),
				);
			}
			doc.data.months.forEach((entry, index) => findings.push(...monthFindings(doc, entry, index, byMonth)));
		}
	}
	return findings;
}

function monthFindings(
	doc: LoadedDocument<Statistics>,
	entry: MonthStatistics,
	index: number,
	byMonth: ReadonlyMap<string, MonthStatistics>,
): Finding[] {
	const findings: Finding[] = [];
	const { year } = doc.data;
	const label = `Tháng ${entry.month}/${year}`;
	const figures = monthDossiers(entry);
	const handled = entry.carriedOver + figures.received;
	const closed = figures.resolved + figures.pending + entry.returned + entry.withdrawn;
	if (handled !== closed) {
		findings.push(
			finding(
				'statistics-balance',
				doc.file,
				locate(doc.source, ['months', index, 'month']),
				`${label}: kỳ trước chuyển qua ${entry.carriedOver} + tiếp nhận ${figures.received} = ${handled} hồ sơ, nhưng đã giải quyết ${figures.resolved} + đang giải quyết ${figures.pending} + trả lại ${entry.returned} + rút ${entry.withdrawn} = ${closed} (chênh ${Math.abs(handled - closed)}). Đối chiếu lại với báo cáo của Hệ thống thông tin giải quyết TTHC.`,
			),
		);
	}
	const previous = byMonth.get(entry.month === 1 ? key(year - 1, 12) : key(year, entry.month - 1));
	if (previous !== undefined) {
		const pending = previous.pendingWithinTime + previous.pendingOverdue;
		if (pending !== entry.carriedOver) {
			findings.push(
				finding(
					'statistics-carry',
					doc.file,
					locate(doc.source, ['months', index, 'carriedOver']),
					`${label}: kỳ trước chuyển qua ${entry.carriedOver} hồ sơ, nhưng cuối tháng trước còn ${pending} hồ sơ đang giải quyết. Số chuyển qua phải bằng số đang giải quyết cuối tháng trước.`,
				),
			);
		}
	}
	return findings;
}
