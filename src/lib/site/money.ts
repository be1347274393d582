import type { Fee, Fees } from '../../../schemas/procedure.ts';
import { formatDateVi } from '../text/dates.ts';
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

/** "8.000 đồng/bản", "100.000 đồng", "Miễn phí". */
export function formatFeeAmount(fee: Pick<Fee, 'amount' | 'unit'>): string {
	if (fee.amount === 0) return 'Miễn phí';
	return fee.unit === undefined ? formatMoney(fee.amount) : `${formatMoney(fee.amount)}/${fee.unit}`;
}

/** One fee line: "Lệ phí cấp bản sao trích lục: 8.000 đồng/bản khi nộp trực tiếp". */
export interface FeeLine {
	name: string;
	/** "Miễn phí" for 0, else the amount and its unit. */
	amount: string;
	free: boolean;
	/** "khi nộp trực tuyến", when the amount applies to one method. */
	method?: string;
	/** "Miễn cho: người thuộc hộ nghèo; người khuyết tật". */
	exempt?: string;
	/** "đến hết ngày 31/12/2023", "áp dụng từ ngày 01/01/2024": the period of an amount set for one. */
	period?: string;
	/** True for an amount whose period has not begun on the build's day. */
	upcoming: boolean;
	note?: string;
}

/** Whether `fee` applies on `today` (`YYYY-MM-DD`): within its `from`–`until`, both inclusive. */
export function feeApplies(fee: Pick<Fee, 'from' | 'until'>, today: string): boolean {
	return (fee.from === undefined || fee.from <= today) && (fee.until === undefined || today <= fee.until);
}

/**
 * The fee lines a citizen sees on `today`: those in force, then those that begin later; an amount
 * whose period has ended is not shown. None for fees not stated or not collected.
 */
export function feeLines(fees: Fees | undefined, today: string): FeeLine[] {
	if (fees === undefined || fees === 'khong') return [];
	const current = fees.filter((fee) => feeApplies(fee, today));
	const upcoming = fees.filter((fee) => fee.from !== undefined && fee.from > today);
	return [...current, ...upcoming].map((fee) => ({
		name: fee.name,
		amount: formatFeeAmount(fee),
		free: fee.amount === 0,
		...(fee.method === undefined ? {} : { method: METHOD_PHRASES[fee.method] }),
		...(fee.exempt === undefined ? {} : { exempt: `Miễn cho: ${fee.exempt.join('; ')}` }),
		...periodOf(fee, today),
		upcoming: fee.from !== undefined && fee.from > today,
		...(fee.note === undefined ? {} : { note: fee.note }),
	}));
}

function periodOf(fee: Fee, today: string): { period?: string } {
	const until = fee.until === undefined ? undefined : `đến hết ngày ${formatDateVi(fee.until)}`;
	if (fee.from !== undefined && fee.from > today)
		return { period: `áp dụng từ ngày ${formatDateVi(fee.from)}${until === undefined ? '' : ` ${until}`}` };
	return until === undefined ? {} : { period: until };
}

/**
 * The fee as one large fact for the summary, on `today`: undefined when the fees are not stated
 * (or no stated amount applies that day), "Không thu" for `khong`, "Miễn phí" when every amount
 * is 0, "8.000 đồng/bản", "4.000 – 8.000 đồng", or "Miễn phí hoặc 8.000 đồng".
 */
export function feeHeadline(fees: Fees | undefined, today: string): string | undefined {
	if (fees === undefined) return undefined;
	if (fees === 'khong') return 'Không thu';
	const current = fees.filter((fee) => feeApplies(fee, today));
	if (current.length === 0) return undefined;
	const paid = current.filter((fee) => fee.amount > 0).sort((a, b) => a.amount - b.amount);
	if (paid.length === 0) return 'Miễn phí';
	const units = new Set(paid.map((fee) => fee.unit));
	const low = paid[0] as Fee;
	const high = paid[paid.length - 1] as Fee;
	const range =
		units.size > 1
			? [...new Set(paid.map(formatFeeAmount))].join(', ')
			: low.amount === high.amount
				? formatFeeAmount(low)
				: `${groupDigits(low.amount)} – ${formatFeeAmount(high)}`;
	return paid.length < current.length ? `Miễn phí hoặc ${range}` : range;
}
