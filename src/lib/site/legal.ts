import type { LegalDocument } from '../../../schemas/legal.ts';
import { formatDateVi } from '../text/dates.ts';

/** How a cited document's status is shown: words always, the tone only adds colour and an icon. */
export interface LegalBasisRow {
	number: string;
	title: string;
	issuer: string;
	issued: string;
	/** "Còn hiệu lực", "Đã bị thay thế bởi 118/2025/NĐ-CP"… */
	status: string;
	tone: 'ok' | 'notice' | 'warn';
}

/** The legal bases of a procedure with each document's status, in the order cited. */
export function legalBasisRows(numbers: readonly string[], registry: ReadonlyMap<string, LegalDocument>): LegalBasisRow[] {
	return numbers.map((number) => {
		const doc = registry.get(number);
		if (doc === undefined) return { number, title: '', issuer: '', issued: '', status: 'Chưa có trong danh mục văn bản', tone: 'warn' };
		return { number, title: doc.title, issuer: doc.issuer, issued: formatDateVi(doc.issued), ...legalStatus(doc) };
	});
}

export function legalStatus(doc: LegalDocument): Pick<LegalBasisRow, 'status' | 'tone'> {
	switch (doc.status) {
		case 'in-force':
			return { status: 'Còn hiệu lực', tone: 'ok' };
		case 'amended':
			return { status: `Còn hiệu lực, đã được sửa đổi, bổ sung bởi ${doc.amendedBy.join(', ')}`, tone: 'notice' };
		case 'replaced':
			return { status: `Đã bị thay thế bởi ${doc.replacedBy ?? 'văn bản khác'}`, tone: 'warn' };
		case 'expired':
			return { status: doc.expiredOn === undefined ? 'Hết hiệu lực' : `Hết hiệu lực từ ${formatDateVi(doc.expiredOn)}`, tone: 'warn' };
	}
}
