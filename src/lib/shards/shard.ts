/**
 * How a shard folder (the output of `qms build --agency X`) maps onto the portal: the agency it
 * holds is the one folder of its top level that names an agency of the corpus.
 */
export function shardAgency(entries: readonly string[], agencies: ReadonlySet<string>): string | undefined {
	const found = entries.filter((entry) => agencies.has(entry));
	return found.length === 1 ? found[0] : undefined;
}
