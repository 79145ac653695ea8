import type { MapEdge, Partner } from '../../domain';
import { MenuList, type MenuEntry } from '../../ui/Menu';

export type MapMenuTarget = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'pane' };

export interface MapMenuActions {
  openPartner: (id: string) => void;
  editPartner: (id: string) => void;
  deletePartner: (id: string) => void;
  focus: (id: string) => void;
  connectFrom: (id: string) => void;
  editEdge: (id: string) => void;
  deleteEdge: (id: string) => void;
  fitView: () => void;
  autoLayout: () => void;
}

interface MapContextMenuProps {
  target: MapMenuTarget;
  at: { x: number; y: number };
  partners: Readonly<Record<string, Partner>>;
  edges: Readonly<Record<string, MapEdge>>;
  nameOf: (id: string) => string;
  actions: MapMenuActions;
  onClose: () => void;
}

function entriesFor(target: MapMenuTarget, { partners, edges, nameOf, actions }: Pick<MapContextMenuProps, 'partners' | 'edges' | 'nameOf' | 'actions'>): { label: string; entries: MenuEntry[] } {
  if (target.kind === 'node') {
    const { id } = target;
    const partner = partners[id];
    const common: MenuEntry[] = [
      { label: 'Focus on its exchanges', onSelect: () => actions.focus(id) },
      { label: 'New value exchange…', onSelect: () => actions.connectFrom(id) },
    ];
    if (!partner) return { label: `${nameOf(id)} actions`, entries: [...common, 'separator', { label: 'Fit view', onSelect: actions.fitView }] };
    return {
      label: `${partner.name} actions`,
      entries: [
        { label: 'Open partner page', onSelect: () => actions.openPartner(id) },
        ...common,
        { label: 'Edit partner…', onSelect: () => actions.editPartner(id) },
        'separator',
        { label: 'Delete partner…', danger: true, onSelect: () => actions.deletePartner(id) },
      ],
    };
  }
  if (target.kind === 'edge') {
    const edge = edges[target.id];
    if (!edge) return { label: 'Value exchange actions', entries: [] };
    return {
      label: `Value exchange ${nameOf(edge.from)} to ${nameOf(edge.to)}`,
      entries: [
        { label: 'Edit value exchange…', onSelect: () => actions.editEdge(edge.id) },
        { label: `Focus on ${nameOf(edge.from)}`, onSelect: () => actions.focus(edge.from) },
        { label: `Focus on ${nameOf(edge.to)}`, onSelect: () => actions.focus(edge.to) },
        'separator',
        { label: 'Delete value exchange', danger: true, onSelect: () => actions.deleteEdge(edge.id) },
      ],
    };
  }
  return {
    label: 'Map actions',
    entries: [
      { label: 'Fit view', onSelect: actions.fitView },
      { label: 'Auto layout…', onSelect: actions.autoLayout },
    ],
  };
}

/** Right-click (or the context-menu key) on a node, an exchange or the empty map: its actions in one menu. */
export function MapContextMenu({ target, at, onClose, ...rest }: MapContextMenuProps) {
  const { label, entries } = entriesFor(target, rest);
  if (entries.length === 0) return null;
  return <MenuList label={label} entries={entries} at={at} onClose={onClose} />;
}
