import { finding, type RuleId } from '../findings/rules.ts';
import type { Finding, Severity } from '../findings/finding.ts';
import { locate, type YamlSource } from '../load/yaml-source.ts';

/** A file read as YAML: its path, as findings name it, and its parsed source. */
export interface LocatedFile {
	file: string;
	source: YamlSource;
}

/**
 * A finding on one field of a YAML file: its file, and the line and column of the field at `path`
 * (or of its nearest parent present in the file).
 */
export function findingAt(rule: RuleId, at: LocatedFile, path: readonly PropertyKey[], message: string, severity?: Severity): Finding {
	return finding(rule, at.file, locate(at.source, path), message, severity);
}
