// `npm run bench -- --sizes 100,1000,3000 --runs 3`: loads the TypeScript bench through Vite's module runner.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./cli.ts', import.meta.url).pathname, { configFile: false, logLevel: 'error' });
process.exitCode = await module.main(process.argv.slice(2));
