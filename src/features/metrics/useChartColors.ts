import { useEffect, useState } from 'react';

const VARIABLES = ['--type-channel', '--type-technology', '--type-innovation', '--accent', '--ok', '--warn', '--danger', '--text-3', '--text-2', '--border', '--surface'] as const;
export type ChartColors = Record<(typeof VARIABLES)[number], string>;

function read(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(VARIABLES.map((name) => [name, style.getPropertyValue(name).trim() || '#888'])) as ChartColors;
}

/** The theme's colours as values (SVG attributes do not resolve CSS variables everywhere); follows light/dark. */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(read());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return colors;
}
