import { parentPort } from 'node:worker_threads';
import { createBodyRenderer } from './processor.ts';

/**
 * One render worker of src/lib/markdown/render-pool.ts: bodies in, rendered HTML out, one body at
 * a time in order of arrival. The pool queues every body of a build at once; started together,
 * the renders would each stop at the pipeline's first await (syntax highlighting), so every
 * syntax tree of the build would be alive at the same time before the first one is finished.
 */
const render = await createBodyRenderer();
let queue = Promise.resolve();
parentPort?.on('message', (job: { id: number; body: string }) => {
	queue = queue.then(() =>
		render(job.body).then(
			(rendered) => parentPort?.postMessage({ id: job.id, rendered }),
			(error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
		),
	);
});
