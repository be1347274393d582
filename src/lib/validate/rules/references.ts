import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import type { AgencyFolder, LoadedDocument } from '../../load/corpus.ts';
import { stepLists } from '../../procedure/parts.ts';
import { locate } from '../../load/yaml-source.ts';
import type { RuleContext } from '../context.ts';
import { findingAt } from '../finding-at.ts';
import { formName, listedForms, type Form } from '../../../../schemas/procedure.ts';

/** A step output that names a form rather than describing a record: BM-01, BM.02, BM 3a. */
const FORM_CODE = /^BM[-. ]?\d/i;

/** Every reference resolves: TTHC codes, legal bases, forms, catalogue entries, agencies. */
export function checkReferences(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		findings.push(...agencyFindings(ctx, folder));
		for (const doc of folder.procedures) {
			doc.data.tthc.forEach((code, index) => {
				// Positions cost a second parse: only computed for a finding.
				const where = () => locate(doc.source, ['tthc', index]);
				if (!ctx.tthc.has(code)) {
					findings.push(
						finding(
							'tthc-unknown',
							doc.file,
							where(),
							`Mã TTHC "${code}" không có trong danh mục TTHC (content/catalogue/tthc/). Kiểm tra lại mã, hoặc bổ sung TTHC vào danh mục theo quyết định công bố của tỉnh.`,
						),
					);
				} else if (folder.agency !== undefined && !folder.agency.data.tthc.includes(code)) {
					findings.push(
						finding(
							'tthc-not-assigned',
							doc.file,
							where(),
							`TTHC ${code} không có trong danh sách "tthc" của cơ quan (agency.yaml). Bổ sung mã vào agency.yaml nếu TTHC thuộc thẩm quyền của cơ quan, hoặc bỏ khỏi quy trình.`,
						),
					);
				}
			});
			(doc.data.legalBases ?? []).forEach((number, index) => {
				if (!ctx.legal.has(number)) {
					findings.push(
						findingAt(
							'legal-unknown',
							doc,
							['legalBases', index],
							`Văn bản "${number}" không có trong danh mục văn bản pháp luật (content/catalogue/legal/). Ghi đúng số ký hiệu, hoặc bổ sung văn bản vào danh mục.`,
						),
					);
				}
			});
			findings.push(...formFindings(folder, doc, listedForms(doc.data.forms)));
			// A paper names its form by code, or by title when the form has no code.
			const declared = new Set(listedForms(doc.data.forms).map(formName));
			(doc.data.dossier ?? []).forEach((item, index) => {
				if (item.form !== undefined && !declared.has(item.form)) {
					findings.push(
						findingAt(
							'form-unknown',
							doc,
							['dossier', index, 'form'],
							`Biểu mẫu "${item.form}" chưa được khai báo trong mục "forms" của quy trình. Thêm biểu mẫu (mã, tên, tệp) vào "forms" hoặc sửa mã (biểu mẫu không có mã thì ghi đúng tên của nó).`,
						),
					);
				}
			});
			for (const group of stepLists(doc.data)) {
				group.steps.forEach((step, stepIndex) => {
					step.outputs.forEach((output, outputIndex) => {
						if (FORM_CODE.test(output) && !declared.has(output)) {
							findings.push(
								findingAt(
									'form-unknown',
									doc,
									[...group.path, stepIndex, 'outputs', outputIndex],
									`Bước ${stepIndex + 1} ghi biểu mẫu "${output}" nhưng mã này chưa có trong mục "forms" của quy trình. Thêm biểu mẫu vào "forms" hoặc sửa mã.`,
								),
							);
						}
					});
				});
			}
		}
		for (const doc of folder.internal) {
			if (!ctx.catalogue.has(doc.data.catalogue)) {
				findings.push(
					findingAt(
						'catalogue-unknown',
						doc,
						['catalogue'],
						`Mục "${doc.data.catalogue}" không có trong danh mục quy trình nội bộ (content/catalogue/internal-processes.yaml). Ghi đúng mã mục, ví dụ NB-03.`,
					),
				);
			}
			findings.push(...formFindings(folder, doc, listedForms(doc.data.forms)));
		}
	}
	findings.push(...catalogueFindings(ctx));
	return findings;
}

function formFindings(folder: AgencyFolder, doc: LoadedDocument<unknown>, forms: readonly Form[]): Finding[] {
	return forms.flatMap((form, index) =>
		form.file === undefined || folder.forms.has(form.file)
			? []
			: [
					findingAt(
						'form-missing',
						doc,
						['forms', index, 'file'],
						`Không tìm thấy tệp biểu mẫu "agencies/${folder.id}/${form.file}". Đặt tệp vào thư mục forms của cơ quan, hoặc sửa đường dẫn (tính từ thư mục cơ quan).`,
					),
				],
	);
}

function agencyFindings(ctx: RuleContext, folder: AgencyFolder): Finding[] {
	const doc = folder.agency;
	if (doc === undefined) {
		if (folder.invalid.some((item) => item.kind === 'agency')) return [];
		return [
			finding(
				'agency-missing',
				`agencies/${folder.id}/agency.yaml`,
				{ line: 1, column: 1 },
				`Thư mục cơ quan "${folder.id}" chưa có tệp agency.yaml nên các tài liệu trong đó không được công bố. Tạo agency.yaml theo mẫu trong README.`,
			),
		];
	}
	const findings: Finding[] = [];
	const { data } = doc;
	if (data.id !== folder.id) {
		findings.push(
			findingAt(
				'agency-id',
				doc,
				['id'],
				`Mã cơ quan "${data.id}" khác tên thư mục "${folder.id}". Đổi "id" thành "${folder.id}" hoặc đổi tên thư mục cho khớp.`,
			),
		);
	}
	for (const key of ['parent', 'successor'] as const) {
		const target = data[key];
		if (target !== undefined && !ctx.agencyIds.has(target)) {
			findings.push(
				findingAt(
					'agency-unknown',
					doc,
					[key],
					`Cơ quan "${target}" không tồn tại trong content/agencies/. Ghi đúng mã cơ quan (tên thư mục).`,
				),
			);
		}
	}
	data.tthc.forEach((code, index) => {
		if (!ctx.tthc.has(code)) {
			findings.push(
				findingAt(
					'tthc-unknown',
					doc,
					['tthc', index],
					`Mã TTHC "${code}" không có trong danh mục TTHC (content/catalogue/tthc/). Kiểm tra lại mã, hoặc bổ sung TTHC vào danh mục.`,
				),
			);
		}
	});
	return findings;
}

function catalogueFindings(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	const duplicates = <T>(items: readonly LoadedDocument<T>[], key: (data: T) => string, field: string, label: string): void => {
		const first = new Map<string, string>();
		for (const item of items) {
			const value = key(item.data);
			const earlier = first.get(value);
			if (earlier === undefined) first.set(value, item.file);
			else
				findings.push(
					findingAt(
						'duplicate-entry',
						item,
						[...item.path, field],
						`${label} "${value}" đã được khai báo trong ${earlier}. Xóa một trong hai mục.`,
					),
				);
		}
	};
	duplicates(ctx.corpus.tthc, (entry) => entry.code, 'code', 'Mã TTHC');
	duplicates(ctx.corpus.legal, (entry) => entry.number, 'number', 'Văn bản');
	duplicates(ctx.corpus.internalCatalogue, (entry) => entry.id, 'id', 'Mục danh mục');
	for (const entry of ctx.corpus.tthc) {
		entry.data.agencies.forEach((id, index) => {
			if (!ctx.agencyIds.has(id))
				findings.push(
					findingAt(
						'agency-unknown',
						entry,
						[...entry.path, 'agencies', index],
						`Cơ quan "${id}" không tồn tại trong content/agencies/. Ghi đúng mã cơ quan (tên thư mục).`,
					),
				);
		});
	}
	for (const entry of ctx.corpus.legal) {
		const targets = [
			...entry.data.amendedBy.map((number, index) => ({ number, path: ['amendedBy', index] })),
			...(entry.data.replacedBy === undefined ? [] : [{ number: entry.data.replacedBy, path: ['replacedBy'] }]),
		];
		for (const target of targets) {
			if (!ctx.legal.has(target.number))
				findings.push(
					findingAt(
						'legal-unknown',
						entry,
						[...entry.path, ...target.path],
						`Văn bản "${target.number}" không có trong danh mục văn bản pháp luật. Bổ sung văn bản đó vào danh mục để tính được hạn cập nhật.`,
					),
				);
		}
	}
	return findings;
}
