// Mantine's global styles; each component's own styles come with the component
// (vite.config.ts, mantineStylesPerComponent).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './i18n';

// The development server hands out @mantine/core pre-bundled as one file, past the per-component
// styles of vite.config.ts: there, the whole sheet stands in (a build never includes it).
if (import.meta.env.DEV) void import('@mantine/core/styles.css');

// A page's chunk can be gone after a release while an older page is still open: loading the
// app again fetches the new index and its chunks.
window.addEventListener('vite:preloadError', () => window.location.reload());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
