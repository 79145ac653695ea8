import { useRef } from 'react';

type Handler = (...args: never[]) => unknown;

/**
 * The same function objects on every render, each calling the latest handler given. React Flow hands its node
 * callbacks to every node's wrapper: a new function per render would re-render every note on the board.
 */
export function useStableHandlers<T extends Record<string, Handler>>(handlers: T): T {
  const latest = useRef(handlers);
  latest.current = handlers;
  const stable = useRef<T | null>(null);
  if (stable.current === null) {
    const wrappers: Record<string, Handler> = {};
    for (const key of Object.keys(handlers)) wrappers[key] = (...args: never[]) => (latest.current[key] as Handler)(...args);
    stable.current = wrappers as T;
  }
  return stable.current;
}
