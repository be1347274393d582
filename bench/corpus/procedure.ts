import { stringify } from 'yaml';
import type { LegalEntry, PlannedProcedure } from './plan.ts';
import { createRandom } from './random.ts';
import { addDays, countWords, dong, paragraph } from './text.ts';
import { DOSSIER_PAPERS, PEOPLE, PURPOSES, ROLES } from './vocabulary.ts';

/** The date of issue `k` (1-based) of every document: five weeks apart from 1 August 2025. */
export function issueDate(issue: number): string {
	return addDays('2025-08-01', (issue - 1) * 35);
}

/** Words the body aims at, like a real procedure document. */
const BODY_WORDS = 1500;

export function controlBlock(
	code: string,
	title: string,
	issue: number,
	seed: number,
	parts: (k: number) => { part: string; description: string },
): Record<string, unknown> {
	const random = createRandom(seed);
	const [drafter, reviewer, approver] = random.sample(PEOPLE, 3);
	return {
		code,
		title,
		issue,
		issued: issueDate(issue),
		effective: addDays(issueDate(issue), 5),
		drafted: { name: drafter, title: 'Công chức Văn phòng - Thống kê' },
		reviewed: { name: reviewer, title: 'Phó Chủ tịch UBND phường' },
		approved: { name: approver, title: 'Chủ tịch UBND phường' },
		revisions: Array.from({ length: issue }, (_, index) => ({ issue: index + 1, date: issueDate(index + 1), ...parts(index + 1) })),
	};
}

function revisionOf(k: number): { part: string; description: string } {
	return k === 1
		? { part: 'Toàn bộ', description: 'Ban hành lần đầu' }
		: { part: 'Mục 5.4 Phí, lệ phí', description: `Điều chỉnh mức lệ phí theo Nghị quyết số ${k}/2026/NQ-HĐND` };
}

/** Step times that add up exactly to `days`: 0.5 + 4 giờ + (days − 2.5) + 0.5 + 1, then the return, not counted. */
function steps(days: number, random: ReturnType<typeof createRandom>) {
	return [
		{ action: 'Tiếp nhận, kiểm tra hồ sơ, lập phiếu hẹn', role: 'Bộ phận Một cửa', time: 0.5, outputs: ['BM-01'] },
		{ action: 'Chuyển hồ sơ cho bộ phận chuyên môn', role: 'Bộ phận Một cửa', time: '4 giờ' },
		{ action: 'Thẩm định hồ sơ, dự thảo kết quả', role: random.pick(ROLES.slice(1, 5)), time: days - 2.5 },
		{ action: 'Xem xét, trình ký', role: 'Lãnh đạo phòng chuyên môn', time: 0.5 },
		{ action: 'Ký duyệt kết quả', role: 'Chủ tịch UBND', time: 1 },
		{ action: 'Trả kết quả cho người yêu cầu', role: 'Bộ phận Một cửa', time: 'không tính' },
	];
}

/** The Markdown file of issue `issue` of one procedure: frontmatter data and a body of about 1,500 words. */
export function procedureFile(plan: PlannedProcedure, issue: number, legal: ReadonlyMap<string, LegalEntry>): string {
	const random = createRandom(plan.index * 7919 + 17);
	const title = `Quy trình ${plan.name.toLowerCase()} (số ${plan.number})`;
	const fee = 10_000 * random.int(1, 10) + 5_000 * (issue - 1);
	const stepList = steps(plan.days, random);
	const papers = ['Tờ khai theo mẫu', ...random.sample(DOSSIER_PAPERS.slice(1), random.int(2, 4))];
	const formTitle = `Tờ khai ${plan.name.toLowerCase()}`;
	const data = {
		...controlBlock(`QT-${plan.agency.short}-${String(plan.number).padStart(4, '0')}`, title, issue, plan.index, revisionOf),
		tthc: [plan.tthc],
		legalBases: plan.legalBases,
		dossier: papers.map((name, index) => ({
			name,
			copy: index === 0 ? 'ban-chinh' : 'ban-sao',
			...(index === 0 ? { form: 'BM-01' } : {}),
		})),
		dossierSets: 1,
		days: plan.days,
		reception: `Trung tâm Phục vụ hành chính công phường ${plan.agency.place}`,
		fees: [{ name: `Lệ phí ${plan.name.toLowerCase()}`, amount: fee }],
		methods: ['truc-tiep', 'truc-tuyen', 'buu-chinh'],
		applicants: 'Công dân Việt Nam, người nước ngoài cư trú trên địa bàn phường',
		conditions: ['Người yêu cầu có đủ năng lực hành vi dân sự'],
		result: `Quyết định hoặc giấy chứng nhận về ${plan.name.toLowerCase()}`,
		steps: stepList,
		forms: [{ code: 'BM-01', title: formTitle, file: formPath(plan) }],
		records: [
			{ name: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', keeper: 'Bộ phận Một cửa', retention: '05 năm' },
			{ name: `Hồ sơ ${plan.name.toLowerCase()}`, keeper: stepList[2]?.role ?? 'Văn thư', retention: 'Vĩnh viễn' },
		],
	};
	return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body(plan, issue, fee, stepList, papers, legal, random)}`;
}

export function formPath(plan: PlannedProcedure): string {
	return `forms/${plan.slug}-bm-01.md`;
}

export function formFile(plan: PlannedProcedure): string {
	return `# Tờ khai ${plan.name.toLowerCase()}\n\nKính gửi: Ủy ban nhân dân phường ${plan.agency.place}\n\nHọ, chữ đệm, tên người yêu cầu: ....................\n\nNơi cư trú: ....................\n`;
}

function body(
	plan: PlannedProcedure,
	issue: number,
	fee: number,
	stepList: ReturnType<typeof steps>,
	papers: string[],
	legal: ReadonlyMap<string, LegalEntry>,
	random: ReturnType<typeof createRandom>,
): string {
	const lower = plan.name.toLowerCase();
	const head = [
		'## 1. Mục đích',
		PURPOSES.map((purpose) => `${purpose} thủ tục ${lower} tại phường ${plan.agency.place}. ${paragraph(random, 2)}`).join('\n\n'),
		'## 2. Phạm vi',
		`Quy trình áp dụng đối với thủ tục ${lower} thuộc lĩnh vực ${plan.field.toLowerCase()}. ${paragraph(random, 3)}`,
		'## 3. Tài liệu viện dẫn',
		[
			'- TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu',
			...plan.legalBases.map((number) => `- ${number}: ${legal.get(number)?.title ?? ''}`),
		].join('\n'),
		'## 4. Định nghĩa và từ viết tắt',
		['- UBND: Ủy ban nhân dân', '- TTHC: Thủ tục hành chính', '- HTQLCL: Hệ thống quản lý chất lượng', '- BPMC: Bộ phận Một cửa'].join(
			'\n',
		),
		'## 5. Nội dung quy trình',
		'### 5.1. Thành phần hồ sơ',
		papers.map((paper, index) => `${index + 1}. ${paper}${index === 0 ? ' (mẫu BM-01)' : ''}.`).join('\n'),
		'### 5.2. Trình tự thực hiện',
		[
			'| Bước | Nội dung công việc | Trách nhiệm | Thời gian |',
			'| --- | --- | --- | --- |',
			...stepList.map(
				(step, index) =>
					`| ${index + 1} | ${step.action} | ${step.role} | ${typeof step.time === 'number' ? `${String(step.time).replace('.', ',')} ngày` : step.time} |`,
			),
		].join('\n'),
		'### 5.3. Diễn giải các bước',
	];
	const tail = [
		'### 5.4. Phí, lệ phí',
		`Mức lệ phí ${dong(fee)} một hồ sơ${issue > 1 ? `, điều chỉnh theo Nghị quyết số ${issue}/2026/NQ-HĐND` : ''}. Miễn lệ phí đối với người thuộc hộ nghèo, trẻ em, người cao tuổi và người khuyết tật.`,
		'## 6. Biểu mẫu',
		'- BM-01: Tờ khai (đính kèm quy trình)',
		'## 7. Hồ sơ cần lưu',
		[
			'| TT | Tên hồ sơ | Bộ phận lưu | Thời gian lưu |',
			'| --- | --- | --- | --- |',
			'| 1 | Phiếu kiểm soát quá trình giải quyết hồ sơ | Bộ phận Một cửa | 05 năm |',
			`| 2 | Hồ sơ ${lower} | ${stepList[2]?.role ?? 'Văn thư'} | Vĩnh viễn |`,
		].join('\n'),
	];
	const parts = [...head];
	let words = countWords([...head, ...tail].join('\n'));
	for (let step = 0; words < BODY_WORDS; step++) {
		const text = `**Bước ${(step % stepList.length) + 1}.** ${paragraph(random, 4)}`;
		parts.push(text);
		words += countWords(text);
	}
	return `${[...parts, ...tail].join('\n\n')}\n`;
}
