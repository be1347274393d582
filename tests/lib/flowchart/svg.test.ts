import { describe, expect, it } from 'vitest';
import { renderFlowchart } from '../../../src/lib/flowchart/svg.ts';
import { wrapText } from '../../../src/lib/flowchart/wrap.ts';
import { stepRows } from '../../../src/lib/site/steps.ts';
import { fixtureSite } from '../site/fixture.ts';

describe('wrapText', () => {
	it('breaks at spaces within the width and keeps over-long words whole', () => {
		expect(wrapText('Tiếp nhận, kiểm tra hồ sơ và chuyển xử lý', 16)).toEqual(['Tiếp nhận, kiểm', 'tra hồ sơ và', 'chuyển xử lý']);
		expect(wrapText('abcdefghijklmnop q', 5)).toEqual(['abcdefghijklmnop', 'q']);
	});
});

describe('renderFlowchart', () => {
	it('draws one box per step with its text, and is an image named by a title and described step by step', async () => {
		const { procedure } = await fixtureSite();
		const svg = renderFlowchart({ id: 'luu-do-1', title: procedure.title, steps: stepRows(procedure.steps ?? []) });
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 360 ')).toBe(true);
		expect(svg).toContain('role="img" aria-labelledby="luu-do-1-title luu-do-1-desc"');
		expect(svg).toContain('<title id="luu-do-1-title">Lưu đồ: Quy trình đăng ký khai sinh</title>');
		expect(svg).toContain(
			'<desc id="luu-do-1-desc">Bắt đầu. Bước 1: Tiếp nhận, kiểm tra hồ sơ (Bộ phận Một cửa; 0,5 ngày). Bước 2: Thẩm định, trình ký (Công chức Tư pháp - Hộ tịch; 2 ngày). Bước 3: Ký giấy khai sinh (Chủ tịch UBND xã; 4 giờ). Bước 4: Trả kết quả (Bộ phận Một cửa; không tính thời gian). Kết thúc.</desc>',
		);
		expect(svg.match(/<g class="flow-step[^"]*" data-step="\d+">/g)).toEqual([
			'<g class="flow-step" data-step="1">',
			'<g class="flow-step" data-step="2">',
			'<g class="flow-step" data-step="3">',
			'<g class="flow-step flow-uncounted" data-step="4">',
		]);
		expect(svg).toContain('>Bước 1 · 0,5 ngày</text><text class="flow-action" x="22" y="');
		expect(svg).toContain('>Tiếp nhận, kiểm tra hồ sơ</text>');
		expect(svg).toContain('>Bước 4 · không tính thời gian</text>');
		expect(svg.match(/<g class="flow-arrow">/g)).toHaveLength(5);
		expect(svg).not.toContain('<script');
	});

	it('escapes markup in step text', () => {
		const svg = renderFlowchart({
			id: 'x',
			title: 'A & B',
			steps: [{ number: 1, action: '<script>alert(1)</script>', role: 'Chuyên viên "A"', time: '1 ngày', counted: true }],
		});
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(svg).toContain('Lưu đồ: A &amp; B');
		expect(svg).toContain('Chuyên viên &quot;A&quot;');
	});
});
