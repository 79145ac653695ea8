import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAutomaticBackups } from './state/backups';
import { flushWorkshop } from './state/workshopStore';
import { installVisualTokens } from './ui/visualTokens';
import './styles/theme.css';
import './styles/base.css';

installVisualTokens();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

startAutomaticBackups();
window.addEventListener('pagehide', () => void flushWorkshop());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void flushWorkshop();
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
