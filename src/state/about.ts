import { platform } from '../platform';
import type { Alert } from './alerts';

export async function appInfo(): Promise<Alert> {
  const info = await platform().appInfo();
  const details = [`Version ${info.version}`];
  if (info.electron) details.push(`Electron ${info.electron}`, `Chromium ${info.chrome}`, `Platform ${info.platform}`);
  return {
    title: `About ${info.name}`,
    message: 'Partnership workshops, partner ecosystems and portfolios — offline, on this computer only.',
    details,
  };
}
