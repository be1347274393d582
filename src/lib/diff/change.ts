/** One difference between two issues of a document, in plain Vietnamese. */
export interface FieldChange {
	/** Stable English id of the field: `days`, `dossier`, `fees`, `steps`, `legalBases`, `approved` … */
	field: string;
	change: 'changed' | 'added' | 'removed';
	/** The sentence a reviewer reads: "Thời hạn giải quyết: 15 → 10 ngày làm việc". */
	text: string;
	before?: string;
	after?: string;
	/** What changed, before `before → after` in `text`: "Nơi tiếp nhận và trả kết quả". */
	label?: string;
	/** Words after `before → after` in `text`: " ngày làm việc", "; chuyển từ A sang B". */
	suffix?: string;
	/** `before` and `after` are running text: a page may show them word by word, as it shows bodies. */
	prose?: boolean;
}

export function changed(field: string, label: string, before: string, after: string, unit = ''): FieldChange {
	return {
		field,
		change: 'changed',
		text: `${label}: ${before} → ${after}${unit}`,
		before,
		after,
		label,
		...(unit === '' ? {} : { suffix: unit }),
	};
}

export function added(field: string, text: string, after: string): FieldChange {
	return { field, change: 'added', text, after };
}

export function removed(field: string, text: string, before: string): FieldChange {
	return { field, change: 'removed', text, before };
}

/** Items of `after` missing from `before` and the reverse, compared by `key`, in their original order. */
export function listDelta<T>(
	before: readonly T[],
	after: readonly T[],
	key: (item: T) => string,
): { added: T[]; removed: T[]; kept: Array<[T, T]> } {
	const beforeKeys = new Map(before.map((item) => [key(item), item]));
	const afterKeys = new Map(after.map((item) => [key(item), item]));
	return {
		added: after.filter((item) => !beforeKeys.has(key(item))),
		removed: before.filter((item) => !afterKeys.has(key(item))),
		kept: after.flatMap((item): Array<[T, T]> => {
			const old = beforeKeys.get(key(item));
			return old === undefined ? [] : [[old, item]];
		}),
	};
}
