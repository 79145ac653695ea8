import { dismissAlert, useAlert } from '../../state/alerts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export function AlertDialog() {
  const alert = useAlert((s) => s.alert);
  return (
    <Dialog
      title={alert?.title ?? ''}
      open={Boolean(alert)}
      onClose={dismissAlert}
      width={560}
      footer={
        <Button variant="primary" onClick={dismissAlert}>
          OK
        </Button>
      }
    >
      <p className="alert-message">{alert?.message}</p>
      {alert && alert.details.length > 0 && (
        <ul className="alert-details">
          {alert.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
