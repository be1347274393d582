import type { Procedure } from '../../../schemas/index.ts';
import { listedForms, type DossierItem, type DossierNeed, type Fee, type Fees } from '../../../schemas/procedure.ts';
import { formatDateVi } from '../text/dates.ts';
import { COPY_LABELS, METHOD_LABELS } from '../site/labels.ts';
import { formatMoney } from '../site/money.ts';
import { added, changed, listDelta, removed, type FieldChange } from './change.ts';
import { diffForms } from './forms.ts';
import { diffLayout, diffTimeLimit, limitWords } from './parts.ts';

function money(fee: Fee): string {
	if (fee.amount === 0) return 'miễn phí';
	return fee.unit === undefined ? formatMoney(fee.amount) : `${formatMoney(fee.amount)}/${fee.unit}`;
}

/** "nộp trực tiếp; đến hết ngày 31/12/2023; miễn cho người thuộc hộ nghèo": what qualifies one amount. */
function feeTerms(fee: Fee): string[] {
	return [
		...(fee.method === undefined ? [] : [METHOD_LABELS[fee.method].toLowerCase()]),
		...(fee.from === undefined ? [] : [`từ ngày ${formatDateVi(fee.from)}`]),
		...(fee.until === undefined ? [] : [`đến hết ngày ${formatDateVi(fee.until)}`]),
		...(fee.exempt === undefined ? [] : [`miễn cho ${fee.exempt.join('; ')}`]),
	];
}

/** "10.000 đồng", or per method: "8.000 đồng (nộp trực tiếp), 4.000 đồng (nộp trực tuyến)". */
function feeSummary(fees: readonly Fee[]): string {
	return fees.map((fee) => (feeTerms(fee).length === 0 ? money(fee) : `${money(fee)} (${feeTerms(fee).join('; ')})`)).join(', ');
}

/** "chưa có thông tin" for a list not stated, "không có" for `khong`. */
/** "bản chính", or "chưa ghi loại bản" for a paper whose kind of copy is not stated. */
function copyWord(copy: DossierItem['copy']): string {
	return copy === undefined ? 'chưa ghi loại bản' : COPY_LABELS[copy].toLowerCase();
}

function statedAs(value: 'khong' | undefined): string {
	return value === undefined ? 'chưa có thông tin' : 'không có';
}

/** Fees grouped by name, so one fee split per method reads as one change; "not stated" and "none" changes are told as such. */
function diffFees(beforeFees: Fees | undefined, afterFees: Fees | undefined): FieldChange[] {
	if (!Array.isArray(beforeFees) && !Array.isArray(afterFees)) {
		return beforeFees === afterFees ? [] : [changed('fees', 'Phí, lệ phí', statedAs(beforeFees), statedAs(afterFees))];
	}
	const before = Array.isArray(beforeFees) ? beforeFees : [];
	const after = Array.isArray(afterFees) ? afterFees : [];
	const group = (fees: readonly Fee[]) => {
		const names = new Map<string, Fee[]>();
		for (const fee of fees) names.set(fee.name, [...(names.get(fee.name) ?? []), fee]);
		return [...names.entries()];
	};
	const delta = listDelta(group(before), group(after), ([name]) => name);
	const changes: FieldChange[] = [];
	for (const [name, fees] of delta.added) changes.push(added('fees', `Phí, lệ phí: thêm «${name}» ${feeSummary(fees)}`, feeSummary(fees)));
	for (const [name, fees] of delta.removed)
		changes.push(removed('fees', `Phí, lệ phí: bỏ «${name}» (trước đây ${feeSummary(fees)})`, feeSummary(fees)));
	for (const [[, old], [name, now]] of delta.kept)
		if (feeSummary(old) !== feeSummary(now)) changes.push(changed('fees', name, feeSummary(old), feeSummary(now)));
	return changes;
}

/** "nộp trực tiếp, nộp trực tuyến", or "chưa có thông tin" for methods not stated. */
function methodsText(methods: Procedure['methods']): string {
	return methods === undefined ? 'chưa có thông tin' : methods.map((method) => METHOD_LABELS[method].toLowerCase()).join(', ');
}

/** Legal bases added, removed or swapped one for one; a list stated or no longer stated is one change. */
function diffLegalBases(before: readonly string[] | undefined, after: readonly string[] | undefined): FieldChange[] {
	const shown = (value: readonly string[] | undefined): string => (value === undefined ? 'chưa có thông tin' : value.join(', '));
	if (before === undefined || after === undefined)
		return before === after ? [] : [changed('legalBases', 'Căn cứ pháp lý', shown(before), shown(after))];
	const legal = listDelta(before, after, (value) => value);
	if (legal.added.length === 1 && legal.removed.length === 1) {
		const [old = '', now = ''] = [legal.removed[0], legal.added[0]];
		return [{ ...changed('legalBases', 'Căn cứ pháp lý', old, now), text: `Căn cứ pháp lý: thay ${old} bằng ${now}` }];
	}
	return [
		...legal.added.map((value) => added('legalBases', `Căn cứ pháp lý: thêm ${value}`, value)),
		...legal.removed.map((value) => removed('legalBases', `Căn cứ pháp lý: bỏ ${value}`, value)),
	];
}

/** When a time limit starts unless the procedure says otherwise. */
const DOSSIER_START = 'kể từ ngày nhận đủ hồ sơ hợp lệ';

const NEED_WORDS: Record<DossierNeed, string> = {
	'bat-buoc': 'bắt buộc nộp',
	'theo-truong-hop': 'chỉ nộp theo trường hợp',
	'xuat-trinh': 'xuất trình để đối chiếu, không nộp',
};

/** Differences between two issues of a procedure in the terms a citizen and a reviewer use. */
export function diffProcedureFields(before: Procedure, after: Procedure): FieldChange[] {
	const changes: FieldChange[] = [];
	changes.push(...diffTimeLimit('days', 'Thời hạn giải quyết', before, after));
	if (before.from !== after.from) changes.push(changed('from', 'Thời hạn tính', before.from ?? DOSSIER_START, after.from ?? DOSSIER_START));
	const texts: Array<['reception' | 'applicants' | 'result', string]> = [
		['reception', 'Nơi tiếp nhận và trả kết quả'],
		['applicants', 'Đối tượng thực hiện'],
		['result', 'Kết quả'],
	];
	const text = (value: Procedure['reception' | 'applicants' | 'result']): string =>
		value === undefined ? 'chưa có thông tin' : String(value);
	for (const [field, label] of texts)
		if (before[field] !== after[field]) changes.push({ ...changed(field, label, text(before[field]), text(after[field])), prose: true });
	if (before.dossierSets !== after.dossierSets)
		changes.push(changed('dossierSets', 'Số bộ hồ sơ', String(before.dossierSets), String(after.dossierSets)));

	const list = (value: Procedure['tthc' | 'methods' | 'conditions']): readonly string[] => (Array.isArray(value) ? value : []);
	if ((before.methods === undefined) !== (after.methods === undefined))
		changes.push(changed('methods', 'Cách thức thực hiện', methodsText(before.methods), methodsText(after.methods)));
	const strings = (field: 'tthc' | 'methods' | 'conditions', label: string, show: (value: string) => string = (value) => value): void => {
		const delta = listDelta(list(before[field]), list(after[field]), (value) => value);
		for (const value of delta.added) changes.push(added(field, `${label}: thêm ${show(value)}`, value));
		for (const value of delta.removed) changes.push(removed(field, `${label}: bỏ ${show(value)}`, value));
	};
	strings('tthc', 'Thủ tục hành chính áp dụng');
	if (before.methods !== undefined && after.methods !== undefined)
		strings('methods', 'Cách thức thực hiện', (value) => METHOD_LABELS[value as keyof typeof METHOD_LABELS].toLowerCase());
	if (!Array.isArray(before.conditions) && !Array.isArray(after.conditions) && before.conditions !== after.conditions) {
		changes.push(changed('conditions', 'Yêu cầu, điều kiện', statedAs(before.conditions), statedAs(after.conditions)));
	}
	strings('conditions', 'Yêu cầu, điều kiện', (value) => `«${value}»`);

	changes.push(...diffLegalBases(before.legalBases, after.legalBases));

	const dossier = listDelta(before.dossier ?? [], after.dossier ?? [], (item) => item.name);
	for (const item of dossier.added)
		changes.push(
			added('dossier', `Thành phần hồ sơ: thêm «${item.name}»${item.copy === undefined ? '' : ` (${copyWord(item.copy)})`}`, item.name),
		);
	for (const item of dossier.removed) changes.push(removed('dossier', `Thành phần hồ sơ: không còn yêu cầu «${item.name}»`, item.name));
	for (const [old, now] of dossier.kept) {
		if (old.copy !== now.copy) changes.push(changed('dossier', `«${now.name}»`, copyWord(old.copy), copyWord(now.copy)));
		if (old.count !== now.count) changes.push(changed('dossier', `Số bản «${now.name}»`, String(old.count), String(now.count)));
		if (old.need !== now.need) changes.push(changed('dossier', `Cách nộp «${now.name}»`, NEED_WORDS[old.need], NEED_WORDS[now.need]));
	}

	changes.push(...diffFees(before.fees, after.fees));
	changes.push(...diffLayout(before, after));
	const cases = listDelta(before.cases ?? [], after.cases ?? [], (item) => item.name);
	for (const item of cases.added) changes.push(added('cases', `Thêm trường hợp «${item.name}», ${limitWords(item)}`, item.name));
	for (const item of cases.removed) changes.push(removed('cases', `Bỏ trường hợp «${item.name}»`, item.name));
	for (const [old, now] of cases.kept) {
		changes.push(...diffTimeLimit('cases', `Thời hạn giải quyết, trường hợp «${now.name}»`, old, now));
		changes.push(...diffLayout(old, now, now.name));
	}

	if (!Array.isArray(before.forms) && !Array.isArray(after.forms) && before.forms !== after.forms)
		changes.push(changed('forms', 'Biểu mẫu', statedAs(before.forms), statedAs(after.forms)));
	changes.push(...diffForms(listedForms(before.forms), listedForms(after.forms)));
	const records = listDelta(before.records ?? [], after.records ?? [], (record) => record.name);
	for (const record of records.added) changes.push(added('records', `Hồ sơ cần lưu: thêm «${record.name}»`, record.name));
	for (const record of records.removed) changes.push(removed('records', `Hồ sơ cần lưu: bỏ «${record.name}»`, record.name));
	return changes;
}
