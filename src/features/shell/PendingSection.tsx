import type { ReactNode } from 'react';
import { EmptyState } from '../../ui/EmptyState';

/** A section whose editor is not built yet says so plainly and shows what data it will hold. */
export function PendingSection({ title, children, icon }: { title: string; children: ReactNode; icon: ReactNode }) {
  return (
    <EmptyState title={title} icon={icon}>
      {children}
    </EmptyState>
  );
}
