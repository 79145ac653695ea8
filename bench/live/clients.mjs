// The simulated participants' own process: loads bench/live/clients.ts through Vite's module runner (Node 20 runs no TypeScript).
import { runnerImport } from 'vite';

await runnerImport(new URL('./clients.ts', import.meta.url).pathname, { configFile: false, logLevel: 'error' });
