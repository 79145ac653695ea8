// The web app with its live server (`vite preview` and the live plugin), in its own process so the bench can read
// the server's memory and CPU apart from everything else. Loopback only: PARTNERSCAPE_LIVE_HOST=127.0.0.1.
import { resolve } from 'node:path';
import { preview } from 'vite';

const [appPort, livePort] = process.argv.slice(2).map(Number);
process.env.PARTNERSCAPE_LIVE_HOST = '127.0.0.1';
process.env.PARTNERSCAPE_LIVE_PORT = String(livePort);
delete process.env.PARTNERSCAPE_LIVE_NAME;
const root = resolve(import.meta.dirname, '../..');
// BENCH_WEB_DIR serves another build of the web app (e.g. one from before a change, for an A/B run).
const build = process.env.BENCH_WEB_DIR ? { outDir: resolve(process.env.BENCH_WEB_DIR) } : undefined;
const server = await preview({ root, configFile: resolve(root, 'vite.web.config.ts'), logLevel: 'silent', build, preview: { port: appPort, strictPort: true, host: '127.0.0.1' } });
process.on('message', (message) => {
  if (message === 'usage') process.send?.({ type: 'usage', memory: process.memoryUsage(), cpu: process.cpuUsage(), at: Date.now() });
  if (message === 'stop') void server.close().then(() => process.exit(0));
});
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
process.send?.({ type: 'listening' });
