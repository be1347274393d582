import { describe, expect, it } from 'vitest';
import { wrapPrerenderer } from '../../src/cli/prerenderer.ts';

/** A prerenderer as a later Astro might pass one: a class with private state and a member this project does not know. */
class FuturePrerenderer {
	readonly name: string = 'astro';
	readonly calls: string[] = [];
	#images = new Map([['a.png', 1]]);
	setup(): Promise<void> {
		this.calls.push('setup');
		return Promise.resolve();
	}
	getStaticPaths(): Promise<string[]> {
		return Promise.resolve(['/b/', '/a/']);
	}
	collectStaticImages(): Promise<Map<string, number>> {
		return Promise.resolve(this.#images);
	}
	warmCache(): Promise<string> {
		this.calls.push('warmCache');
		return Promise.resolve('warm');
	}
}

describe('wrapPrerenderer', () => {
	it('replaces the members it is given and forwards every other, methods called on the original', async () => {
		const original = new FuturePrerenderer();
		const wrapped = wrapPrerenderer(original, { name: 'qms', getStaticPaths: async () => [...(await original.getStaticPaths())].sort() });
		expect(wrapped.name).toBe('qms');
		expect(await wrapped.getStaticPaths()).toEqual(['/a/', '/b/']);
		await wrapped.setup();
		expect(await wrapped.warmCache()).toBe('warm');
		expect(await wrapped.collectStaticImages()).toEqual(new Map([['a.png', 1]]));
		expect(original.calls).toEqual(['setup', 'warmCache']);
		expect('warmCache' in wrapped && 'teardown' in wrapped).toBe(false);
	});
});
