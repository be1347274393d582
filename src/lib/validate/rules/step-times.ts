import type { Procedure } from '../../../../schemas/index.ts';
import type { Step } from '../../../../schemas/step.ts';
import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import type { LoadedDocument } from '../../load/corpus.ts';
import { locate } from '../../load/yaml-source.ts';
import { countedDays, formatDays, isQuarterDays, stepDays } from '../../procedure/time.ts';
import type { RuleContext } from '../context.ts';

/**
 * Step times in quarter days; counted steps add up to the procedure's time (per case); that time is
 * within the legal limit of every TTHC the procedure covers.
 */
export function checkStepTimes(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		for (const doc of folder.internal) findings.push(...quarterFindings(doc, doc.data.steps, ['steps']));
		for (const doc of folder.procedures) findings.push(...procedureFindings(ctx, doc));
	}
	return findings;
}

function procedureFindings(ctx: RuleContext, doc: LoadedDocument<Procedure>): Finding[] {
	const findings: Finding[] = [];
	const { data } = doc;
	const groups =
		data.cases === undefined
			? [{ name: undefined, days: data.days ?? 0, steps: data.steps ?? [], path: [] as PropertyKey[] }]
			: data.cases.map((item, index) => ({ name: item.name, days: item.days, steps: item.steps, path: ['cases', index] as PropertyKey[] }));
	for (const group of groups) {
		findings.push(...quarterFindings(doc, group.steps, [...group.path, 'steps']));
		const sum = countedDays(group.steps);
		const where = group.name === undefined ? '' : ` của trường hợp "${group.name}"`;
		if (Math.abs(sum - group.days) > 1e-9) {
			findings.push(
				finding(
					'step-time-sum',
					doc.file,
					locate(doc.source, [...group.path, 'days']),
					`Thời hạn giải quyết${where} là ${formatDays(group.days)} ngày làm việc nhưng các bước được tính thời gian cộng lại ${formatDays(sum)} ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau.`,
				),
			);
		}
		for (const code of data.tthc) {
			const limit = ctx.tthc.get(code)?.data;
			if (limit !== undefined && group.days > limit.days) {
				findings.push(
					finding(
						'time-limit',
						doc.file,
						locate(doc.source, [...group.path, 'days']),
						`Thời hạn giải quyết${where} ${formatDays(group.days)} ngày làm việc vượt thời hạn ${formatDays(limit.days)} ngày mà quy định cho TTHC ${code} "${limit.name}". Rút ngắn thời gian các bước để không vượt quá ${formatDays(limit.days)} ngày.`,
					),
				);
			}
		}
	}
	return findings;
}

function quarterFindings(doc: LoadedDocument<unknown>, steps: readonly Step[], path: readonly PropertyKey[]): Finding[] {
	const findings: Finding[] = [];
	steps.forEach((step, index) => {
		const days = stepDays(step.time);
		if (days !== null && !isQuarterDays(days)) {
			findings.push(
				finding(
					'step-time-quarter',
					doc.file,
					locate(doc.source, [...path, index, 'time']),
					`Bước ${index + 1} ghi thời gian ${JSON.stringify(step.time)} (${formatDays(days)} ngày): thời gian tính theo bậc 1/4 ngày làm việc (0,25; 0,5; 0,75; 1 … hoặc 2, 4, 6 giờ). Làm tròn lên bậc gần nhất.`,
				),
			);
		}
	});
	return findings;
}
