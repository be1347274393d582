import { parentPort } from 'node:worker_threads';
import { createBodyRenderer } from './processor.ts';

/** One render worker of src/lib/markdown/render-pool.ts: bodies in, rendered HTML out, in order of arrival. */
const render = await createBodyRenderer();
parentPort?.on('message', (job: { id: number; body: string }) => {
	render(job.body).then(
		(rendered) => parentPort?.postMessage({ id: job.id, rendered }),
		(error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
	);
});
