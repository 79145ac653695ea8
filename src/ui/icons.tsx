import type { SVGProps } from 'react';

/** The shared look of every line icon: 24-unit grid, current colour, hidden from screen readers. */
export const iconBase: SVGProps<SVGSVGElement> = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
};

export const PlusIcon = () => (
  <svg {...iconBase}>
    <path d="M12 5v14M5 12h14" />
  </svg>
);
export const ImportIcon = () => (
  <svg {...iconBase}>
    <path d="M12 3v12M7 10l5 5 5-5M5 21h14" />
  </svg>
);
export const SparkIcon = () => (
  <svg {...iconBase}>
    <path d="M12 3l1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8z" />
  </svg>
);
export const SearchIcon = () => (
  <svg {...iconBase}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="M20 20l-4.2-4.2" />
  </svg>
);
export const BackIcon = () => (
  <svg {...iconBase}>
    <path d="M15 18l-6-6 6-6" />
  </svg>
);
export const FileIcon = () => (
  <svg {...iconBase}>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
    <path d="M14 3v5h5M9 14h6M9 17h4" />
  </svg>
);
export const RingsIcon = () => (
  <svg {...iconBase}>
    <circle cx="12" cy="12" r="2.5" />
    <circle cx="12" cy="12" r="6" />
    <circle cx="12" cy="12" r="9.5" />
  </svg>
);
export const GridIcon = () => (
  <svg {...iconBase}>
    <rect x="4" y="4" width="7" height="7" rx="1.5" />
    <rect x="13" y="4" width="7" height="7" rx="1.5" />
    <rect x="4" y="13" width="7" height="7" rx="1.5" />
    <rect x="13" y="13" width="7" height="7" rx="1.5" />
  </svg>
);
export const PeopleIcon = () => (
  <svg {...iconBase}>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 4.5a3.5 3.5 0 0 1 0 7M18 14c2 .7 3.5 2.8 3.5 6" />
  </svg>
);
export const BulbIcon = () => (
  <svg {...iconBase}>
    <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z" />
  </svg>
);
