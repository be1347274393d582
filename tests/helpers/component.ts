import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from './cli.ts';

/** Renders `.astro` components of the project through Astro's container API and Vite's SSR loader. */
export interface ComponentRenderer {
	render: (path: string, props: Record<string, unknown>, slot: string) => Promise<string>;
	close: () => Promise<void>;
}

export async function componentRenderer(): Promise<ComponentRenderer> {
	const config = await getViteConfig(
		{ root: PROJECT_ROOT, logLevel: 'silent' },
		{ root: PROJECT_ROOT, logLevel: 'silent' },
	)({ command: 'serve', mode: 'test' });
	const server: ViteDevServer = await createServer({
		...config,
		configFile: false,
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
	});
	const container = await AstroContainer.create();
	return {
		render: async (path, props, slot) => {
			const component = ((await server.ssrLoadModule(path)) as { default: Parameters<typeof container.renderToString>[0] }).default;
			return container.renderToString(component, { props, slots: { default: slot } });
		},
		close: () => server.close(),
	};
}
