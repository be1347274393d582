import { stringify } from 'yaml';
import type { CorpusPlan, PlannedAgency, PlannedProcedure } from './plan.ts';
import { controlBlock } from './procedure.ts';
import { createRandom } from './random.ts';
import { paragraph } from './text.ts';

/** The 15 mandatory internal processes of docs/domain §4, as the catalogue of the synthetic province. */
export const INTERNAL_CATALOGUE: ReadonlyArray<{ id: string; name: string; clauses: string[] }> = [
	{ id: 'NB-01', name: 'Kiểm soát thông tin dạng văn bản (tài liệu và hồ sơ)', clauses: ['7.5'] },
	{ id: 'NB-02', name: 'Xác định bối cảnh, rủi ro và cơ hội', clauses: ['4.1', '4.2', '6.1'] },
	{ id: 'NB-03', name: 'Đánh giá nội bộ', clauses: ['9.2'] },
	{ id: 'NB-04', name: 'Xem xét của lãnh đạo', clauses: ['9.3'] },
	{ id: 'NB-05', name: 'Kiểm soát đầu ra không phù hợp và hành động khắc phục', clauses: ['8.7', '10.2'] },
	{ id: 'NB-06', name: 'Đo lường sự hài lòng của người dân, tổ chức', clauses: ['9.1.2'] },
	{ id: 'NB-07', name: 'Cập nhật văn bản pháp luật mới vào HTQLCL', clauses: [] },
	{ id: 'NB-08', name: 'Quản lý văn bản đến', clauses: [] },
	{ id: 'NB-09', name: 'Soạn thảo, ban hành và quản lý văn bản đi', clauses: [] },
	{ id: 'NB-10', name: 'Lập hồ sơ công việc và nộp lưu vào lưu trữ cơ quan', clauses: [] },
	{ id: 'NB-11', name: 'Tiếp nhận, xử lý phản ánh, kiến nghị', clauses: ['9.1.2'] },
	{ id: 'NB-12', name: 'Tiếp công dân, giải quyết khiếu nại, tố cáo', clauses: [] },
	{ id: 'NB-13', name: 'Xây dựng và theo dõi kế hoạch công tác, mục tiêu chất lượng', clauses: ['6.2'] },
	{ id: 'NB-14', name: 'Đào tạo và quản lý năng lực cán bộ', clauses: ['7.2'] },
	{ id: 'NB-15', name: 'Quản lý tài sản, trang thiết bị và mua sắm', clauses: ['7.1'] },
];

const FIRST = () => ({ part: 'Toàn bộ', description: 'Ban hành lần đầu' });
const SECTIONS = [
	'Mục đích',
	'Phạm vi',
	'Tài liệu viện dẫn',
	'Định nghĩa và từ viết tắt',
	'Nội dung quy trình',
	'Biểu mẫu',
	'Hồ sơ cần lưu',
];

export function provinceFile(): string {
	return stringify({
		name: 'Tỉnh Thử Nghiệm Hiệu Năng',
		demo: true,
		codePattern: '^(QT|QTNB|CSCL|MTCL)-[A-Z]{2,4}(-\\d{2,4})?$',
		asOf: '2026-06-30',
		grades: [
			{ name: 'Tốt', min: 90 },
			{ name: 'Khá', min: 75 },
			{ name: 'Trung bình', min: 50 },
			{ name: 'Yếu', min: 0 },
		],
	});
}

/** The files every agency folder holds besides its procedures, path relative to the content folder → text. */
export function agencyFiles(agency: PlannedAgency, procedures: readonly PlannedProcedure[]): Map<string, string> {
	const files = new Map<string, string>();
	const folder = `agencies/${agency.id}`;
	const codes = procedures.map((procedure) => procedure.tthc);
	files.set(
		`${folder}/agency.yaml`,
		stringify(
			{
				id: agency.id,
				name: agency.name,
				shortName: agency.short,
				level: 'cap-xa',
				province: 'Tỉnh Thử Nghiệm Hiệu Năng',
				contact: { address: `Số 1 đường Trung tâm, phường ${agency.place}`, phone: '0234 3800 000' },
				validFrom: '2025-07-01',
				scope: `Giải quyết ${procedures.length} thủ tục hành chính thuộc thẩm quyền của UBND phường ${agency.place}`,
				declarations: [{ decision: `12/QĐ-UBND`, date: '2025-09-01', kind: 'cong-bo', scope: 'Các TTHC thuộc thẩm quyền', tthc: codes }],
				audits: [{ date: '2026-03-10', record: 'Báo cáo đánh giá nội bộ số 5/BC-UBND' }],
				reviews: [{ date: '2026-04-02', record: 'Biên bản họp xem xét của lãnh đạo số 7/BB-UBND' }],
				tthc: codes,
			},
			{ lineWidth: 0 },
		),
	);
	const seed = agency.short.charCodeAt(1) * 31 + agency.short.charCodeAt(2);
	const random = createRandom(seed);
	files.set(
		`${folder}/policy.md`,
		markdown(
			controlBlock(`CSCL-${agency.short}`, 'Chính sách chất lượng', 1, seed, FIRST),
			`Ủy ban nhân dân phường ${agency.place} cam kết phục vụ người dân nhanh chóng, đúng hẹn, công khai và minh bạch.\n\n${paragraph(random, 5)}\n`,
		),
	);
	files.set(
		`${folder}/objectives/2026.md`,
		markdown(
			{
				...controlBlock(`MTCL-${agency.short}-2026`, 'Mục tiêu chất lượng năm 2026', 1, seed + 1, FIRST),
				year: 2026,
				objectives: [
					{
						indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
						target: 100,
						unit: '%',
						measure: 'Thống kê hằng tháng trên Hệ thống thông tin giải quyết TTHC',
						owner: 'Văn phòng HĐND và UBND phường',
					},
					{
						indicator: 'Mức độ hài lòng của người dân',
						target: 95,
						unit: '%',
						measure: 'Phiếu khảo sát hằng quý',
						owner: 'Bộ phận Một cửa',
					},
				],
				plan: [{ action: 'Rà soát quy trình khi có văn bản mới', owner: 'Thư ký ISO', deadline: '2026-12-31' }],
			},
			`Mục tiêu chất lượng năm 2026 của UBND phường ${agency.place}.\n\n${paragraph(random, 4)}\n`,
		),
	);
	INTERNAL_CATALOGUE.forEach((entry, index) => {
		const number = String(index + 1).padStart(2, '0');
		const data = {
			...controlBlock(
				`QTNB-${agency.short}-${number}`,
				`Quy trình ${entry.name.charAt(0).toLowerCase()}${entry.name.slice(1)}`,
				1,
				seed + index,
				FIRST,
			),
			catalogue: entry.id,
			clauses: entry.clauses,
			steps: [
				{ action: 'Lập kế hoạch thực hiện', role: 'Thư ký ISO', time: 1 },
				{ action: 'Tổ chức thực hiện và ghi nhận kết quả', role: 'Công chức Văn phòng - Thống kê', time: 2 },
				{ action: 'Phê duyệt kết quả', role: 'Chủ tịch UBND', time: '4 giờ' },
			],
			records: [{ name: 'Hồ sơ thực hiện quy trình', keeper: 'Thư ký ISO', retention: '05 năm' }],
		};
		const body = SECTIONS.map((title, at) => `## ${at + 1}. ${title}\n\n${paragraph(random, 3)}`).join('\n\n');
		files.set(`${folder}/internal/nb-${number}.md`, markdown(data, `${body}\n`));
	});
	return files;
}

export function catalogueFiles(plan: CorpusPlan): Map<string, string> {
	const files = new Map<string, string>();
	files.set('province.yaml', provinceFile());
	files.set('catalogue/internal-processes.yaml', stringify(INTERNAL_CATALOGUE));
	files.set('catalogue/legal/registry.yaml', stringify(plan.legal));
	for (const agency of plan.agencies) {
		const own = plan.procedures.filter((procedure) => procedure.agency.id === agency.id);
		const entries = own.map((procedure) => ({
			code: procedure.tthc,
			name: procedure.name,
			decision: '100/QĐ-UBND',
			level: 'cap-xa',
			field: procedure.field,
			days: procedure.days,
			online: 'toan-trinh',
			agencies: [agency.id],
		}));
		files.set(`catalogue/tthc/${agency.id}.yaml`, entries.length === 0 ? '[]\n' : stringify(entries, { lineWidth: 0 }));
	}
	return files;
}

function markdown(data: Record<string, unknown>, body: string): string {
	return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}
