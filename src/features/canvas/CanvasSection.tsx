import { useEntities } from '../../state/selectors';
import { GridIcon } from '../../ui/icons';
import { PendingSection } from '../shell/PendingSection';

export function CanvasSection(_props: { itemId: string | null }) {
  const entities = useEntities();
  const count = entities ? Object.keys(entities.canvases).length : 0;
  return (
    <PendingSection title="The canvas editor is not in this version yet" icon={<GridIcon />}>
      Canvases and their sticky notes are stored with the workshop and will open here once the editor lands. This workshop holds {count} {count === 1 ? 'canvas' : 'canvases'}.
    </PendingSection>
  );
}
