import type { Procedure } from '../../../../schemas/index.ts';
import type { Part } from '../../../../schemas/procedure.ts';
import type { Step } from '../../../../schemas/step.ts';
import type { TimeLimitFields } from '../../../../schemas/time-limit.ts';
import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import type { LoadedDocument } from '../../load/corpus.ts';
import { locate } from '../../load/yaml-source.ts';
import { partLabel } from '../../procedure/parts.ts';
import {
	countedHours,
	countsInHours,
	formatDays,
	formatHoursFor,
	HOURS_PER_DAY,
	isHalfHours,
	isQuarterDays,
	limitHours,
	parseStepTime,
	timeLimitOf,
	unstatedSteps,
	type TimeLimit,
} from '../../procedure/time.ts';
import { formatDecimalVi } from '../../text/numbers.ts';
import type { RuleContext } from '../context.ts';

/**
 * Step times in quarter days (half hours where the procedure counts in hours); counted steps add
 * up to the procedure's time (per case, per part, and the parts to the whole); that time is within
 * the legal limit of every TTHC the procedure covers; steps without a time are named.
 */
export function checkStepTimes(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		for (const doc of folder.internal) findings.push(...quarterFindings(doc, doc.data.steps, ['steps'], undefined, ''));
		for (const doc of folder.procedures) findings.push(...procedureFindings(ctx, doc));
	}
	return findings;
}

/** A step layout with its time limit: the procedure itself, or one of its cases. */
interface Group extends TimeLimitFields {
	name?: string | undefined;
	steps?: Step[] | undefined;
	parts?: Part[] | undefined;
	path: PropertyKey[];
}

type Doc = LoadedDocument<Procedure>;

function procedureFindings(ctx: RuleContext, doc: Doc): Finding[] {
	const { data } = doc;
	const groups: Group[] =
		data.cases === undefined
			? [{ ...data, name: undefined, path: [] }]
			: data.cases.map((item, index) => ({ ...item, path: ['cases', index] }));
	const findings: Finding[] = [];
	for (const group of groups) {
		const limit = timeLimitOf(group);
		if (limit === undefined) continue;
		const where = group.name === undefined ? '' : ` của trường hợp "${group.name}"`;
		const subject = { doc, path: group.path, limit, key: limitKey(group) };
		if (group.steps !== undefined) findings.push(...stepsFindings(subject, group.steps, `Thời hạn giải quyết${where}`, '', '"'));
		if (group.parts !== undefined) findings.push(...partsFindings(subject, group.parts, where));
		findings.push(...legalLimitFindings(ctx, subject, where));
	}
	return findings;
}

/** Where a total is checked: the document, the path of the fields, the limit and its field name. */
interface Subject {
	doc: Doc;
	path: PropertyKey[];
	limit: TimeLimit;
	key: string;
}

function limitKey(fields: TimeLimitFields): string {
	return fields.hours !== undefined ? 'hours' : fields.sameDay !== undefined ? 'sameDay' : 'days';
}

/** "3 ngày làm việc", "12 giờ", "trong ngày": a limit inside a sentence. */
function limitPhrase(limit: TimeLimit): string {
	if (limit.unit === 'days') return `${formatDays(limit.amount)} ngày làm việc`;
	if (limit.unit === 'hours') return `${formatDecimalVi(limit.amount)} giờ`;
	return 'trong ngày';
}

/**
 * Quarter steps, the counted total against the limit, and steps without a time. `what` names the
 * limit ("Thời hạn giải quyết", "Phần "I. Cấp xã""), `stepWhere` follows "Bước 3".
 */
function stepsFindings(
	subject: Subject,
	steps: readonly Step[],
	what: string,
	stepWhere: string,
	keyOf: string,
	rule: 'step-time-sum' | 'part-time-sum' = 'step-time-sum',
): Finding[] {
	const { doc, path, limit, key } = subject;
	const findings = quarterFindings(doc, steps, [...path, 'steps'], limit, stepWhere);
	const sum = countedHours(steps);
	const target = limitHours(limit);
	const unstated = unstatedSteps(steps);
	const over = sum - target > 1e-9;
	const short = target - sum > 1e-9 && limit.unit !== 'same-day';
	const position = locate(doc.source, [...path, key]);
	const counted = formatHoursFor(sum, limit);
	if (over && limit.unit === 'same-day') {
		findings.push(
			finding(
				rule,
				doc.file,
				position,
				`${what} là trong ngày nhưng các bước được tính thời gian cộng lại ${counted}, quá một ngày làm việc (${HOURS_PER_DAY} giờ). Sửa thời gian các bước.`,
			),
		);
	} else if (over || (short && unstated.length === 0)) {
		findings.push(
			finding(
				rule,
				doc.file,
				position,
				`${what} là ${limitPhrase(limit)} nhưng các bước được tính thời gian cộng lại ${counted}. Sửa thời gian các bước hoặc thời hạn ${keyOf}${key}" để hai số bằng nhau.`,
			),
		);
	}
	if (unstated.length > 0) {
		const first = unstated[0] ?? 1;
		const timed = steps.some((step) => parseStepTime(step.time).kind === 'counted');
		findings.push(
			finding(
				'step-time-unstated',
				doc.file,
				locate(doc.source, [...path, 'steps', first - 1]),
				`Bước ${unstated.join(', ')}${stepWhere} chưa ghi thời gian${timed ? `: các bước có ghi thời gian cộng lại ${counted}, thời hạn` : '; thời hạn'} là ${limitPhrase(limit)}. Ghi thời gian các bước này theo văn bản gốc để tổng bằng thời hạn.`,
			),
		);
	}
	return findings;
}

function partsFindings(subject: Subject, parts: readonly Part[], where: string): Finding[] {
	const findings: Finding[] = [];
	const subtotals: string[] = [];
	let total = 0;
	parts.forEach((part, index) => {
		const limit = timeLimitOf(part);
		if (limit === undefined) return;
		const label = partLabel(index, part.name);
		const partSubject = { doc: subject.doc, path: [...subject.path, 'parts', index], limit, key: limitKey(part) };
		findings.push(
			...stepsFindings(partSubject, part.steps, `Phần "${label}"${where}`, ` của phần "${label}"`, 'của phần "', 'part-time-sum'),
		);
		total += limitHours(limit);
		subtotals.push(`${label} ${formatHoursFor(limitHours(limit), subject.limit)}`);
	});
	const target = limitHours(subject.limit);
	const mismatch = subject.limit.unit === 'same-day' ? total - target > 1e-9 : Math.abs(total - target) > 1e-9;
	if (mismatch) {
		findings.push(
			finding(
				'parts-time-sum',
				subject.doc.file,
				locate(subject.doc.source, [...subject.path, subject.key]),
				`Thời hạn giải quyết${where} là ${limitPhrase(subject.limit)} nhưng các phần cộng lại ${formatHoursFor(total, subject.limit)} (${subtotals.join('; ')}). Sửa thời gian các phần hoặc thời hạn "${subject.key}" để hai số bằng nhau.`,
			),
		);
	}
	return findings;
}

/** "2 ngày", "12 giờ", "trong ngày": a TTHC's legal limit inside a sentence. */
function legalPhrase(limit: TimeLimit): string {
	if (limit.unit === 'days') return `${formatDays(limit.amount)} ngày`;
	return limitPhrase(limit);
}

function isClock(limit: TimeLimit): boolean {
	return limit.unit === 'hours' && limit.clock === true;
}

function legalLimitFindings(ctx: RuleContext, subject: Subject, where: string): Finding[] {
	const findings: Finding[] = [];
	for (const code of subject.doc.data.tthc) {
		const entry = ctx.tthc.get(code)?.data;
		const legal = entry === undefined ? undefined : timeLimitOf(entry);
		// Clock hours run through nights and days off, working time does not: the two are not compared.
		if (
			entry === undefined ||
			legal === undefined ||
			isClock(subject.limit) !== isClock(legal) ||
			limitHours(subject.limit) - limitHours(legal) <= 1e-9
		)
			continue;
		const text = legalPhrase(legal);
		findings.push(
			finding(
				'time-limit',
				subject.doc.file,
				locate(subject.doc.source, [...subject.path, subject.key]),
				`Thời hạn giải quyết${where} ${limitPhrase(subject.limit)} vượt thời hạn ${text} mà quy định cho TTHC ${code} "${entry.name}". Rút ngắn thời gian các bước để không vượt quá ${text}.`,
			),
		);
	}
	return findings;
}

function quarterFindings(
	doc: LoadedDocument<unknown>,
	steps: readonly Step[],
	path: readonly PropertyKey[],
	limit: TimeLimit | undefined,
	stepWhere: string,
): Finding[] {
	const findings: Finding[] = [];
	const hourly = countsInHours(limit);
	steps.forEach((step, index) => {
		const duration = parseStepTime(step.time);
		if (duration.kind !== 'counted') return;
		const written = JSON.stringify(step.time);
		const position = locate(doc.source, [...path, index, 'time']);
		if (hourly && !isHalfHours(duration.hours)) {
			findings.push(
				finding(
					'step-time-quarter',
					doc.file,
					position,
					`Bước ${index + 1}${stepWhere} ghi thời gian ${written} (${formatDecimalVi(duration.hours)} giờ): quy trình tính theo giờ nên thời gian mỗi bước theo bậc nửa giờ (0,5; 1; 1,5 … giờ). Ghi lại theo bậc nửa giờ mà tổng các bước vẫn bằng thời hạn giải quyết.`,
				),
			);
		} else if (!hourly && !isQuarterDays(duration.hours / HOURS_PER_DAY)) {
			findings.push(
				finding(
					'step-time-quarter',
					doc.file,
					position,
					`Bước ${index + 1}${stepWhere} ghi thời gian ${written} (${formatDays(duration.hours / HOURS_PER_DAY)} ngày): thời gian tính theo bậc 1/4 ngày làm việc (0,25; 0,5; 0,75; 1 … hoặc 2, 4, 6 giờ). Ghi lại theo bậc 1/4 ngày mà tổng các bước vẫn bằng thời hạn giải quyết; thời hạn tính bằng giờ thì ghi ở trường "hours" để tính theo bậc nửa giờ.`,
				),
			);
		}
	});
	return findings;
}
