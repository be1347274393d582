import { FLOW, layoutFlow, type FlowLayout, type FlowStep } from './layout.ts';
import { escapeXml } from './wrap.ts';

export interface FlowchartOptions {
	/** Prefix for the ids of the title and description; unique on the page. */
	id: string;
	/** What the chart shows, e.g. the procedure's title; becomes the SVG's accessible name. */
	title: string;
	steps: readonly FlowStep[];
	/** Labels of the first and last terminals: "Bắt đầu" and "Kết thúc" unless a part of a table hands over ("Sang phần II"). */
	start?: string;
	end?: string;
}

const INNER = FLOW.width - FLOW.margin * 2;
const CENTER = FLOW.width / 2;

/**
 * A flowchart (lưu đồ) of the steps as an SVG string, drawn at build time: a box per step, top to
 * bottom, with arrows. It is an image with an accessible name and a description that reads every
 * step; steps not counted in the time limit have a dashed border and say so in words.
 */
export function renderFlowchart({ id, title, steps, start = 'Bắt đầu', end = 'Kết thúc' }: FlowchartOptions): string {
	const layout = layoutFlow(steps);
	const description = steps
		.map((step) => `Bước ${step.number}: ${step.action} (${step.role}; ${step.counted ? step.time : 'không tính thời gian'}).`)
		.join(' ');
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 ${FLOW.width} ${layout.height}" width="${FLOW.width}" height="${layout.height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
		`<title id="${id}-title">Lưu đồ: ${escapeXml(title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(start)}. ${escapeXml(description)} ${escapeXml(end)}.</desc>`,
		terminal(layout.start.y, escapeXml(start)),
		...layout.boxes.map((box) => stepBox(box)),
		...arrows(layout),
		terminal(layout.end.y, escapeXml(end)),
		'</svg>',
	];
	return parts.join('');
}

function terminal(y: number, label: string): string {
	const width = 140;
	return `<g class="flow-terminal"><rect x="${CENTER - width / 2}" y="${y}" width="${width}" height="${FLOW.terminal}" rx="${FLOW.terminal / 2}"/><text x="${CENTER}" y="${y + FLOW.terminal / 2 + 5}" text-anchor="middle">${label}</text></g>`;
}

function stepBox(box: ReturnType<typeof layoutFlow>['boxes'][number]): string {
	const x = FLOW.margin + FLOW.padding;
	let y = box.y + FLOW.padding + 13;
	const lines = [`<text class="flow-head" x="${x}" y="${y}">${escapeXml(box.header)}</text>`];
	y += FLOW.headerLine;
	for (const line of box.action) {
		lines.push(`<text class="flow-action" x="${x}" y="${y + 1}">${escapeXml(line)}</text>`);
		y += FLOW.actionLine;
	}
	for (const line of box.role) {
		lines.push(`<text class="flow-role" x="${x}" y="${y}">${escapeXml(line)}</text>`);
		y += FLOW.roleLine;
	}
	const kind = box.step.counted ? 'flow-step' : 'flow-step flow-uncounted';
	return `<g class="${kind}" data-step="${box.step.number}"><rect x="${FLOW.margin}" y="${box.y}" width="${INNER}" height="${box.height}" rx="4"/>${lines.join('')}</g>`;
}

function arrows(layout: FlowLayout): string[] {
	const tops = [...layout.boxes.map((box) => box.y), layout.end.y];
	const bottoms = [layout.start.y + FLOW.terminal, ...layout.boxes.map((box) => box.y + box.height)];
	return tops.map((top, index) => {
		const from = bottoms[index] ?? top;
		return `<g class="flow-arrow"><line x1="${CENTER}" y1="${from}" x2="${CENTER}" y2="${top - 7}"/><polygon points="${CENTER - 5},${top - 8} ${CENTER + 5},${top - 8} ${CENTER},${top}"/></g>`;
	});
}
