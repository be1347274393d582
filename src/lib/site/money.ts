import type { Fee } from '../../../schemas/procedure.ts';
import { METHOD_PHRASES } from './labels.ts';

/** An amount in đồng, grouped the Vietnamese way: 200000 → "200.000 đồng", 2500.5 → "2.500,5 đồng". */
export function formatMoney(amount: number): string {
	return `${groupDigits(amount)} đồng`;
}

function groupDigits(amount: number): string {
	const [whole = '0', fraction] = String(amount).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** One fee line: "Lệ phí đăng ký khai sinh quá hạn: 8.000 đồng khi nộp trực tiếp". */
export interface FeeLine {
	name: string;
	/** "Miễn phí" for 0, else the amount. */
	amount: string;
	free: boolean;
	/** "khi nộp trực tuyến", when the amount applies to one method. */
	method?: string;
	note?: string;
}

export function feeLines(fees: readonly Fee[]): FeeLine[] {
	return fees.map((fee) => ({
		name: fee.name,
		amount: fee.amount === 0 ? 'Miễn phí' : formatMoney(fee.amount),
		free: fee.amount === 0,
		...(fee.method === undefined ? {} : { method: METHOD_PHRASES[fee.method] }),
		...(fee.note === undefined ? {} : { note: fee.note }),
	}));
}

/**
 * The fee as one large fact for the summary: "Không thu" when nothing is listed, "Miễn phí" when
 * every amount is 0, "8.000 đồng", "4.000 – 8.000 đồng", or "Miễn phí hoặc 8.000 đồng".
 */
export function feeHeadline(fees: readonly Fee[]): string {
	if (fees.length === 0) return 'Không thu';
	const paid = [...new Set(fees.map((fee) => fee.amount).filter((amount) => amount > 0))].sort((a, b) => a - b);
	if (paid.length === 0) return 'Miễn phí';
	const low = paid[0] ?? 0;
	const high = paid[paid.length - 1] ?? 0;
	const range = low === high ? formatMoney(low) : `${groupDigits(low)} – ${formatMoney(high)}`;
	return paid.length < fees.length && fees.some((fee) => fee.amount === 0) ? `Miễn phí hoặc ${range}` : range;
}
