import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import { locate } from '../../load/yaml-source.ts';
import { declarationFigures } from '../../report/declaration.ts';
import { redeclarationText } from '../../report/format/labels.ts';
import type { AgencySource } from '../../report/source.ts';
import { isInForce, type RuleContext } from '../context.ts';

/**
 * Each agency in force has declared conformity, and again since its scope changed (TTHC added or
 * removed, renamed, merged): the same judgement as the re-declaration figure of the report.
 */
export function checkDeclaration(ctx: RuleContext): Finding[] {
	// The declaration figure reads only the agencies' own data.
	const sources = new Map<string, AgencySource>();
	for (const folder of ctx.corpus.agencies) {
		if (folder.agency !== undefined)
			sources.set(folder.id, {
				id: folder.id,
				agency: folder.agency.data,
				policy: null,
				objectives: [],
				procedures: [],
				internal: [],
				statistics: [],
			});
	}
	const all = [...sources.values()];
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		const agency = folder.agency;
		const source = sources.get(folder.id);
		if (agency === undefined || source === undefined || !isInForce(folder, ctx.asOf)) continue;
		const declaration = declarationFigures(source, all, ctx.asOf);
		if (!declaration.redeclarationDue) continue;
		const last = declaration.last;
		const index =
			last === null ? -1 : agency.data.declarations.findIndex((item) => item.date === last.date && item.decision === last.decision);
		const where = index < 0 ? locate(agency.source, ['id']) : locate(agency.source, ['declarations', index, 'date']);
		const message =
			last === null
				? `${agency.data.name} chưa công bố HTQLCL phù hợp TCVN ISO 9001:2015. Công bố bằng quyết định của người đứng đầu và ghi vào "declarations" trong agency.yaml.`
				: `Phạm vi HTQLCL đã thay đổi sau lần công bố theo Quyết định ${last.decision} (${redeclarationText(declaration)}). Công bố lại và ghi quyết định vào "declarations" trong agency.yaml (kind: cong-bo-lai).`;
		findings.push(finding('redeclaration-due', agency.file, where, message));
	}
	return findings;
}
