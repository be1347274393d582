import type { Procedure } from '../../../schemas/index.ts';
import { COPY_LABELS, METHOD_LABELS } from '../site/labels.ts';
import { formatMoney } from '../site/money.ts';
import { added, changed, listDelta, removed, type FieldChange } from './change.ts';
import { diffLayout, diffTimeLimit, limitWords } from './parts.ts';

type Fee = Procedure['fees'][number];

function money(amount: number): string {
	return amount === 0 ? 'miễn phí' : formatMoney(amount);
}

/** "10.000 đồng", or per method: "8.000 đồng (nộp trực tiếp), 4.000 đồng (nộp trực tuyến)". */
function feeSummary(fees: readonly Fee[]): string {
	return fees.map((fee) => (fee.method === undefined ? money(fee.amount) : `${money(fee.amount)} (${METHOD_LABELS[fee.method].toLowerCase()})`)).join(', ');
}

/** Fees grouped by name, so one fee split per method reads as one change. */
function diffFees(before: readonly Fee[], after: readonly Fee[]): FieldChange[] {
	const group = (fees: readonly Fee[]) => {
		const names = new Map<string, Fee[]>();
		for (const fee of fees) names.set(fee.name, [...(names.get(fee.name) ?? []), fee]);
		return [...names.entries()];
	};
	const delta = listDelta(group(before), group(after), ([name]) => name);
	const changes: FieldChange[] = [];
	for (const [name, fees] of delta.added) changes.push(added('fees', `Phí, lệ phí: thêm «${name}» ${feeSummary(fees)}`, feeSummary(fees)));
	for (const [name, fees] of delta.removed) changes.push(removed('fees', `Phí, lệ phí: bỏ «${name}» (trước đây ${feeSummary(fees)})`, feeSummary(fees)));
	for (const [[, old], [name, now]] of delta.kept) if (feeSummary(old) !== feeSummary(now)) changes.push(changed('fees', name, feeSummary(old), feeSummary(now)));
	return changes;
}

/** Differences between two issues of a procedure in the terms a citizen and a reviewer use. */
export function diffProcedureFields(before: Procedure, after: Procedure): FieldChange[] {
	const changes: FieldChange[] = [];
	changes.push(...diffTimeLimit('days', 'Thời hạn giải quyết', before, after));
	const texts: Array<[keyof Procedure & string, string]> = [
		['reception', 'Nơi tiếp nhận và trả kết quả'],
		['applicants', 'Đối tượng thực hiện'],
		['result', 'Kết quả'],
	];
	for (const [field, label] of texts) if (before[field] !== after[field]) changes.push({ ...changed(field, label, String(before[field]), String(after[field])), prose: true });
	if (before.dossierSets !== after.dossierSets) changes.push(changed('dossierSets', 'Số bộ hồ sơ', String(before.dossierSets), String(after.dossierSets)));

	const strings = (field: 'tthc' | 'methods' | 'conditions', label: string, show: (value: string) => string = (value) => value): void => {
		const delta = listDelta(before[field] as readonly string[], after[field] as readonly string[], (value) => value);
		for (const value of delta.added) changes.push(added(field, `${label}: thêm ${show(value)}`, value));
		for (const value of delta.removed) changes.push(removed(field, `${label}: bỏ ${show(value)}`, value));
	};
	strings('tthc', 'Thủ tục hành chính áp dụng');
	strings('methods', 'Cách thức thực hiện', (value) => METHOD_LABELS[value as keyof typeof METHOD_LABELS].toLowerCase());
	strings('conditions', 'Yêu cầu, điều kiện', (value) => `«${value}»`);

	const legal = listDelta(before.legalBases, after.legalBases, (value) => value);
	if (legal.added.length === 1 && legal.removed.length === 1) {
		const [old = '', now = ''] = [legal.removed[0], legal.added[0]];
		changes.push({ ...changed('legalBases', 'Căn cứ pháp lý', old, now), text: `Căn cứ pháp lý: thay ${old} bằng ${now}` });
	} else {
		for (const value of legal.added) changes.push(added('legalBases', `Căn cứ pháp lý: thêm ${value}`, value));
		for (const value of legal.removed) changes.push(removed('legalBases', `Căn cứ pháp lý: bỏ ${value}`, value));
	}

	const dossier = listDelta(before.dossier, after.dossier, (item) => item.name);
	for (const item of dossier.added) changes.push(added('dossier', `Thành phần hồ sơ: thêm «${item.name}» (${COPY_LABELS[item.copy].toLowerCase()})`, item.name));
	for (const item of dossier.removed) changes.push(removed('dossier', `Thành phần hồ sơ: không còn yêu cầu «${item.name}»`, item.name));
	for (const [old, now] of dossier.kept) {
		if (old.copy !== now.copy) changes.push(changed('dossier', `«${now.name}»`, COPY_LABELS[old.copy].toLowerCase(), COPY_LABELS[now.copy].toLowerCase()));
		if (old.count !== now.count) changes.push(changed('dossier', `Số bản «${now.name}»`, String(old.count), String(now.count)));
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

	const forms = listDelta(before.forms, after.forms, (form) => form.code);
	for (const form of forms.added) changes.push(added('forms', `Biểu mẫu: thêm ${form.code} «${form.title}»`, form.code));
	for (const form of forms.removed) changes.push(removed('forms', `Biểu mẫu: bỏ ${form.code} «${form.title}»`, form.code));
	const records = listDelta(before.records, after.records, (record) => record.name);
	for (const record of records.added) changes.push(added('records', `Hồ sơ cần lưu: thêm «${record.name}»`, record.name));
	for (const record of records.removed) changes.push(removed('records', `Hồ sơ cần lưu: bỏ «${record.name}»`, record.name));
	return changes;
}
