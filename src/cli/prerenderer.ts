/**
 * `original` with the members of `overrides` put in place of its own; every other member, present
 * or added by a later Astro, is forwarded to `original` (methods called on it), so wrapping never
 * drops what the build's prerenderer can do.
 */
export function wrapPrerenderer<P extends object>(original: P, overrides: Partial<P>): P {
	return new Proxy(original, {
		get: (target, key) => {
			if (Object.hasOwn(overrides, key)) return overrides[key as keyof P];
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
		has: (target, key) => Object.hasOwn(overrides, key) || Reflect.has(target, key),
	});
}
