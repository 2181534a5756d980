import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/** The bench's baseline: React with nothing in it, marked interactive the same way the kiosk is. */
function Blank() {
  useEffect(() => {
    performance.mark('kiosk-interactive');
  }, []);
  return <button type="button">blank</button>;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Blank />);
