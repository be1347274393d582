import type { LegalDocument } from '../../../schemas/index.ts';

/** What happened to a cited legal document that obliges the citing procedure to be updated. */
export interface LegalChange {
	/** The date the change took effect, from which the 3 months run; absent when the registry does not give it. */
	since?: string;
	/** Vietnamese: "đã bị thay thế bởi 118/2025/NĐ-CP". */
	description: string;
	/** Vietnamese: what the officer should do. */
	action: string;
	/** Numbers of the documents that brought the change. */
	by: string[];
}

/**
 * The change that makes `number` outdated for a procedure citing `cited`, or undefined when it is
 * still a sound basis. An amended document cited together with all its amendments is sound.
 */
export function legalChange(
	number: string,
	cited: readonly string[],
	registry: ReadonlyMap<string, { data: LegalDocument }>,
): LegalChange | undefined {
	const entry = registry.get(number)?.data;
	if (entry === undefined) return undefined;
	if (entry.status === 'replaced' && entry.replacedBy !== undefined) {
		const successor = registry.get(entry.replacedBy)?.data;
		if (successor === undefined) return undefined;
		return {
			...(successor.effective === undefined ? {} : { since: successor.effective }),
			description: `đã bị thay thế bởi ${successor.number} có hiệu lực`,
			action: `Thay bằng ${successor.number}, rà soát nội dung quy trình theo văn bản mới`,
			by: [successor.number],
		};
	}
	if (entry.status === 'amended') {
		const missing = entry.amendedBy
			.filter((amending) => !cited.includes(amending))
			.flatMap((amending) => {
				const data = registry.get(amending)?.data;
				return data === undefined ? [] : [data];
			});
		if (missing.length === 0) return undefined;
		const dated = missing.flatMap((doc) => (doc.effective === undefined ? [] : [doc.effective]));
		const numbers = missing.map((doc) => doc.number);
		return {
			...(dated.length === 0 ? {} : { since: dated.reduce((a, b) => (a <= b ? a : b)) }),
			description: `đã được sửa đổi, bổ sung bởi ${numbers.join(', ')} có hiệu lực`,
			action: `Bổ sung ${numbers.join(', ')} vào căn cứ pháp lý, rà soát nội dung quy trình theo văn bản sửa đổi`,
			by: numbers,
		};
	}
	if (entry.status === 'expired' && entry.expiredOn !== undefined) {
		return {
			since: entry.expiredOn,
			description: 'đã hết hiệu lực',
			action: 'Bỏ căn cứ này hoặc thay bằng văn bản đang có hiệu lực',
			by: [],
		};
	}
	return undefined;
}
