import { wrapText } from './wrap.ts';

/** A step as the flowchart needs it; the site's step rows have this shape. */
export interface FlowStep {
	number: number;
	action: string;
	role: string;
	/** "0,5 ngày", "4 giờ", "Không tính thời gian". */
	time: string;
	counted: boolean;
}

/** Sizes in SVG user units; the drawing is as wide as a phone screen and scales down or up. */
export const FLOW = {
	width: 360,
	margin: 12,
	padding: 10,
	headerLine: 18,
	actionLine: 19,
	roleLine: 17,
	gap: 30,
	terminal: 34,
	/** Characters per line at 14 px in a 336-unit box, kept short so wide letters still fit. */
	actionChars: 40,
	roleChars: 44,
} as const;

export interface StepBox {
	step: FlowStep;
	y: number;
	height: number;
	header: string;
	action: string[];
	role: string[];
}

export interface FlowLayout {
	height: number;
	start: { y: number };
	boxes: StepBox[];
	end: { y: number };
}

/** Positions of the start terminal, one box per step, top to bottom, and the end terminal. */
export function layoutFlow(steps: readonly FlowStep[]): FlowLayout {
	let y = FLOW.margin;
	const start = { y };
	y += FLOW.terminal + FLOW.gap;
	const boxes = steps.map((step) => {
		const action = wrapText(step.action, FLOW.actionChars);
		const role = wrapText(step.role, FLOW.roleChars);
		const height = FLOW.padding * 2 + FLOW.headerLine + action.length * FLOW.actionLine + role.length * FLOW.roleLine;
		const header = `Bước ${step.number} · ${step.counted ? step.time : 'không tính thời gian'}`;
		const box: StepBox = { step, y, height, header, action, role };
		y += height + FLOW.gap;
		return box;
	});
	const end = { y };
	return { height: y + FLOW.terminal + FLOW.margin, start, boxes, end };
}
