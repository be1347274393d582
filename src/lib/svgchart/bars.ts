/** One bar: a label above it, a value drawn against `max`, and the value in words beside it. */
export interface BarDatum {
	label: string;
	value: number;
	max: number;
	/** What the bar says, e.g. "80,0% (216/270)"; also the text alternative. */
	valueText: string;
}

export interface BarRow extends BarDatum {
	/** Baseline of the label. */
	labelY: number;
	barY: number;
	barWidth: number;
	/** Where the value text starts: just after the bar. */
	valueX: number;
}

export interface BarChartLayout {
	width: number;
	height: number;
	/** Length of a full bar (value = max). */
	track: number;
	barHeight: number;
	rows: BarRow[];
}

export interface BarChartOptions {
	width?: number;
	barHeight?: number;
	/** Room kept right of a full bar for the value text. */
	valueRoom?: number;
}

const LABEL_HEIGHT = 20;
const ROW_GAP = 14;

/**
 * Horizontal bars, each under its label, laid out at build time so the page needs no chart
 * script. Coordinates are whole pixels of the SVG's own coordinate system (viewBox).
 */
export function layoutBarChart(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
	// About a phone's content width (PHONE_CONTENT_WIDTH in columns.ts): 14 px labels stay above 13 px there.
	const width = options.width ?? 340;
	const barHeight = options.barHeight ?? 18;
	const track = width - (options.valueRoom ?? 110);
	const rowHeight = LABEL_HEIGHT + barHeight + ROW_GAP;
	const rows = data.map((datum, index) => {
		const top = index * rowHeight;
		const share = datum.max > 0 ? Math.min(1, Math.max(0, datum.value / datum.max)) : 0;
		const barWidth = Math.round(track * share);
		return { ...datum, labelY: top + LABEL_HEIGHT - 6, barY: top + LABEL_HEIGHT, barWidth, valueX: barWidth + 8 };
	});
	return { width, height: Math.max(rowHeight * data.length - ROW_GAP, 0), track, barHeight, rows };
}

/** The chart's text alternative: every label with its value. */
export function describeBars(data: readonly BarDatum[]): string {
	return data.map((datum) => `${datum.label}: ${datum.valueText}`).join('; ');
}
