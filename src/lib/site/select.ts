/**
 * The agencies a build publishes: all of them for the portal, or the one named by
 * `qms build --agency <id>` (passed in as `only`).
 */
export function selectAgencies<A extends { id: string }>(all: readonly A[], only: string | undefined): A[] {
	if (only === undefined || only === '') return [...all];
	const chosen = all.filter((agency) => agency.id === only);
	if (chosen.length === 0)
		throw new Error(`Không có cơ quan "${only}" trong nội dung. Các mã cơ quan: ${all.map((agency) => agency.id).join(', ')}.`);
	return chosen;
}

/** True when the build publishes one agency only. */
export function isSingleAgency(only: string | undefined): only is string {
	return only !== undefined && only !== '';
}
