import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedBody } from './processor.ts';
import type { RenderCache } from './render-cache.ts';

/**
 * Renders Markdown bodies on worker threads, one per core, so `qms build` renders while Astro
 * starts and on every core at once; Astro's own `renderMarkdown` would render one body after
 * another on the main thread. The same body text is rendered once, and not at all when `cache`
 * has it from an earlier build; the workers start with the first body the cache does not have.
 */
export interface RenderPool {
	render: (body: string) => Promise<RenderedBody>;
	close: () => Promise<void>;
}

interface Pending {
	resolve: (rendered: RenderedBody) => void;
	reject: (error: Error) => void;
	slot: number;
	length: number;
}

export function createRenderPool(size = availableParallelism(), cache?: RenderCache): RenderPool {
	const pending = new Map<number, Pending>();
	const renders = new Map<string, Promise<RenderedBody>>();
	const load = Array.from({ length: Math.max(1, size) }, () => 0);
	let next = 0;
	// Set once a worker has failed or the pool is closed: from then on every render fails at once
	// instead of waiting for a worker that will never answer.
	let stopped: Error | undefined;
	const stop = (error: Error): void => {
		stopped ??= error;
		for (const job of pending.values()) job.reject(stopped);
		pending.clear();
	};
	let started: Worker[] | undefined;
	const start = (): Worker[] =>
		load.map(() => {
			const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
			worker.on('message', (reply: { id: number; rendered?: RenderedBody; error?: string }) => {
				const job = pending.get(reply.id);
				if (job === undefined) return;
				pending.delete(reply.id);
				load[job.slot] = (load[job.slot] ?? 0) - job.length;
				if (reply.rendered !== undefined) job.resolve(reply.rendered);
				else job.reject(new Error(`Không hiển thị được nội dung Markdown: ${reply.error ?? ''}`));
			});
			worker.on('error', (error: Error) => stop(new Error(`Luồng hiển thị Markdown bị lỗi: ${error.message}`)));
			worker.on('exit', (code) => stop(new Error(`Luồng hiển thị Markdown đã dừng (mã ${code}).`)));
			return worker;
		});
	const renderHere = (body: string): Promise<RenderedBody> => {
		if (stopped !== undefined) return Promise.reject(stopped);
		const workers = (started ??= start());
		const id = next++;
		// The worker with the fewest characters queued takes the body: rendering time follows length,
		// and bodies are queued long before they are rendered, so counting bodies would leave one idle.
		const slot = load.indexOf(Math.min(...load));
		load[slot] = (load[slot] ?? 0) + body.length;
		const promise = new Promise<RenderedBody>((resolve, reject) => {
			pending.set(id, { resolve, reject, slot, length: body.length });
			workers[slot]?.postMessage({ id, body });
		});
		return promise;
	};
	const render = (body: string): Promise<RenderedBody> => {
		const known = renders.get(body);
		if (known !== undefined) return known;
		if (stopped !== undefined) return Promise.reject(stopped);
		const promise =
			cache === undefined
				? renderHere(body)
				: cache.get(body).then((kept) => {
						if (kept !== undefined) return kept;
						return renderHere(body).then((rendered) => {
							cache.set(body, rendered);
							return rendered;
						});
					});
		renders.set(body, promise);
		return promise;
	};
	return {
		render,
		close: async () => {
			stop(new Error('Đã đóng các luồng hiển thị Markdown.'));
			renders.clear();
			await Promise.all((started ?? []).map((worker) => worker.terminate()));
		},
	};
}
