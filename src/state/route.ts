import { create } from 'zustand';
import { dismissActionToasts } from './toasts';

export const SECTIONS = ['canvas', 'map', 'partners', 'insights'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { screen: 'home' } | { screen: 'workshop'; workshopId: string; section: Section; itemId: string | null };

/** `#/w/<id>/<section>[/<item>]` or home; hash routes work alike under app://, file:// and http://. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'w' && parts[1]) {
    const section = (SECTIONS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as Section) : 'canvas';
    return { screen: 'workshop', workshopId: parts[1], section, itemId: parts[3] ?? null };
  }
  return { screen: 'home' };
}

export function routeToHash(route: Route): string {
  if (route.screen === 'home') return '#/';
  const item = route.itemId ? `/${encodeURIComponent(route.itemId)}` : '';
  return `#/w/${encodeURIComponent(route.workshopId)}/${route.section}${item}`;
}

const hasWindow = typeof window !== 'undefined';

export const useRoute = create<{ route: Route }>(() => ({ route: hasWindow ? parseRoute(window.location.hash) : { screen: 'home' } }));

if (hasWindow) window.addEventListener('hashchange', () => useRoute.setState({ route: parseRoute(window.location.hash) }));

const screenOf = (route: Route) => (route.screen === 'home' ? 'home' : `${route.workshopId}/${route.section}`);
useRoute.subscribe((state, previous) => {
  if (screenOf(state.route) !== screenOf(previous.route)) dismissActionToasts();
});

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  useRoute.setState({ route });
}

export function goHome(): void {
  navigate({ screen: 'home' });
}

export function goToSection(workshopId: string, section: Section, itemId: string | null = null): void {
  navigate({ screen: 'workshop', workshopId, section, itemId });
}
