/** One month: its `YYYY-MM`, the value drawn (null when there is none) and the value in words. */
export interface ColumnDatum {
	month: string;
	value: number | null;
	valueText: string;
}

export interface ColumnLayout {
	width: number;
	height: number;
	/** Font size of every label, in units of the viewBox. */
	fontSize: number;
	/** Baseline of the scale's top label and y of its grid line. */
	scaleY: number;
	gridY: number;
	/** The value of the top grid line, the largest value rounded up. */
	scaleMax: number;
	baseline: number;
	columns: Array<
		ColumnDatum & {
			x: number;
			y: number;
			barWidth: number;
			barHeight: number;
			labelX: number;
			monthLabel: string;
			yearLabel: string | null;
		}
	>;
	monthY: number;
	yearY: number;
}

/**
 * The narrowest page the chart must stay readable on: a 360 px phone less the page's 1 rem margins.
 * The SVG scales to the page width, so its labels are `fontSize × 328 / width` px there.
 */
export const PHONE_CONTENT_WIDTH = 328;

const WIDTH = 340;
const FONT_SIZE = 14;
const PLOT_HEIGHT = 130;
const TOP = 26;

/** 1, 2, 5 × a power of ten at or above `value`: a round top for the scale. */
export function roundUp(value: number): number {
	if (value <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	return [1, 2, 2.5, 5, 10].map((step) => step * power).find((top) => top >= value) ?? 10 * power;
}

/**
 * Vertical columns for a run of months, laid out at build time. The viewBox is only 340 wide so
 * that, scaled down to a phone's 328 px, 14-unit labels stay above 13 px; months are written by
 * number with the year under January, and under the first month when January is three or more
 * months later (a four-digit year is wider than a month's slot).
 */
export function layoutColumns(data: readonly ColumnDatum[]): ColumnLayout {
	const slot = WIDTH / Math.max(data.length, 1);
	const barWidth = Math.round(slot * 0.64);
	const scaleMax = roundUp(Math.max(0, ...data.map((datum) => datum.value ?? 0)));
	const baseline = TOP + PLOT_HEIGHT;
	const columns = data.map((datum, index) => {
		const barHeight = datum.value === null ? 0 : Math.round((PLOT_HEIGHT * datum.value) / scaleMax);
		const center = slot * index + slot / 2;
		const month = Number(datum.month.slice(5, 7));
		return {
			...datum,
			x: Math.round(center - barWidth / 2),
			y: baseline - barHeight,
			barWidth,
			barHeight,
			labelX: Math.round(center),
			monthLabel: String(month),
			yearLabel: month === 1 || (index === 0 && firstJanuary(data) >= 3) ? datum.month.slice(0, 4) : null,
		};
	});
	return {
		width: WIDTH,
		height: baseline + 2 * FONT_SIZE + 14,
		fontSize: FONT_SIZE,
		scaleY: TOP - 8,
		gridY: TOP,
		scaleMax,
		baseline,
		columns,
		monthY: baseline + FONT_SIZE + 4,
		yearY: baseline + 2 * FONT_SIZE + 8,
	};
}

/** The index of the first January; a year label under the first month would run into its label if it came sooner. */
function firstJanuary(data: readonly ColumnDatum[]): number {
	const index = data.findIndex((datum) => datum.month.endsWith('-01'));
	return index < 0 ? data.length : index;
}

/** The chart's text alternative: every month with its value. */
export function describeColumns(data: readonly ColumnDatum[]): string {
	return data.map((datum) => `tháng ${datum.month.slice(5, 7)}/${datum.month.slice(0, 4)}: ${datum.valueText}`).join('; ');
}
