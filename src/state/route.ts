import { create } from 'zustand';
import { lastPlaceOf, rememberPlace } from './lastPlace';
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

/**
 * A workshop's address without a section (`#/w/<id>`, as the home screen links it) reopens where the
 * workshop was last left on this device; with a section it goes there.
 */
export function resolveRoute(hash: string): Route {
  const route = parseRoute(hash);
  const bare = /^#?\/?w\/[^/]+\/?$/.test(hash);
  if (route.screen !== 'workshop' || !bare) return route;
  const place = lastPlaceOf(route.workshopId);
  return place ? { ...route, section: place.section, itemId: place.itemId } : route;
}

function followHash(): void {
  const route = resolveRoute(window.location.hash);
  const hash = routeToHash(route);
  if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  useRoute.setState({ route });
}

export const useRoute = create<{ route: Route }>(() => ({ route: hasWindow ? resolveRoute(window.location.hash) : { screen: 'home' } }));

if (hasWindow) {
  window.addEventListener('hashchange', followHash);
  if (window.location.hash) followHash();
}

const screenOf = (route: Route) => (route.screen === 'home' ? 'home' : `${route.workshopId}/${route.section}`);
useRoute.subscribe((state, previous) => {
  if (screenOf(state.route) !== screenOf(previous.route)) dismissActionToasts();
  if (state.route.screen === 'workshop') rememberPlace(state.route.workshopId, state.route.section, state.route.itemId);
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

/** Names the item a section shows in the address, without a new history entry (e.g. the canvas picked for a bare Canvas tab). */
export function nameShownItem(workshopId: string, section: Section, itemId: string): void {
  const route: Route = { screen: 'workshop', workshopId, section, itemId };
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  useRoute.setState({ route });
}
