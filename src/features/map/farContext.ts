import { createContext } from 'react';

/**
 * True when the map is zoomed out past reading: edges then draw no label at all (no text, and no
 * getBBox per label on mount), which keeps the first render and every pan of a big map cheap.
 */
export const FarContext = createContext(false);
