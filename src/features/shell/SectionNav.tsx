import type { ReactNode } from 'react';
import { goToSection, type Section } from '../../state/route';
import { BulbIcon, GridIcon, PeopleIcon, RingsIcon } from '../../ui/icons';

const ITEMS: { section: Section; label: string; icon: ReactNode }[] = [
  { section: 'canvas', label: 'Canvas', icon: <GridIcon /> },
  { section: 'map', label: 'Ecosystem map', icon: <RingsIcon /> },
  { section: 'partners', label: 'Partners', icon: <PeopleIcon /> },
  { section: 'insights', label: 'Insights', icon: <BulbIcon /> },
];

export function SectionNav({ workshopId, current }: { workshopId: string; current: Section }) {
  return (
    <nav className="section-nav" aria-label="Workshop sections">
      {ITEMS.map(({ section, label, icon }) => (
        <a
          key={section}
          href={`#/w/${encodeURIComponent(workshopId)}/${section}`}
          className="section-link"
          aria-current={current === section ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            goToSection(workshopId, section);
          }}
        >
          {icon}
          {label}
        </a>
      ))}
    </nav>
  );
}
