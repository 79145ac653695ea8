import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { withLivePort } from '../shared/csp.ts';
import { DEFAULT_LIVE_PORT } from '../shared/live.ts';
import { appOrigins, liveControlMiddleware } from './control.ts';
import { liveOptionsFromEnv, livePort } from './options.ts';
import { LiveServer } from './server.ts';

/**
 * Runs the live session server inside `npm run web` and `vite preview`: idle until the app asks for a session
 * through the control endpoint, stopped with the Vite server.
 */
export function liveSessionPlugin({ participantDir }: { participantDir: string }): Plugin {
  let live: LiveServer | undefined;
  const control = (appPort: number) => (live ??= new LiveServer(liveOptionsFromEnv(process.env, appOrigins(appPort), participantDir)));
  const install = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use(liveControlMiddleware(control));
    // The live server stops with the Vite server, before it waits for its own connections to end.
    const close = server.close.bind(server);
    server.close = async () => {
      await live?.stop();
      await close();
    };
    (server.httpServer as Server | null)?.on('close', () => void live?.stop());
  };
  return {
    name: 'partnerscape-live',
    configureServer: install,
    configurePreviewServer(server) {
      const port = livePort();
      if (port !== DEFAULT_LIVE_PORT) {
        // The built page's CSP names the default live port; serve it with the configured one.
        const index = resolve(server.config.root, server.config.build.outDir, 'index.html');
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (req.method !== 'GET' || (path !== '/' && path !== '/index.html')) return next();
          readFile(index, 'utf8').then(
            (html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.setHeader('Cache-Control', 'no-cache');
              res.end(withLivePort(html, port));
            },
            () => next(),
          );
        });
      }
      install(server);
    },
  };
}
