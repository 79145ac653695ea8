import { iconBase } from '../ui/icons';

export { PlusIcon } from '../ui/icons';

export const CheckIcon = () => (
  <svg {...iconBase}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </svg>
);
export const ClockIcon = () => (
  <svg {...iconBase}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 7.5V12l3 2" />
  </svg>
);
export const AlertIcon = () => (
  <svg {...iconBase}>
    <path d="M12 4l9 16H3z" />
    <path d="M12 10v4.5M12 17.5v.01" />
  </svg>
);
export const WifiIcon = ({ off = false }: { off?: boolean }) => (
  <svg {...iconBase}>
    <path d="M2.5 9a14 14 0 0 1 19 0M5.5 12.5a9.5 9.5 0 0 1 13 0M8.7 16a5 5 0 0 1 6.6 0" />
    <path d="M12 19.5v.01" />
    {off && <path d="M3 3l18 18" />}
  </svg>
);
