import { en } from '../i18n/locales/en.js';
import { zhCN } from '../i18n/locales/zh-CN.js';

/** Shown before i18n exists, when the backend cannot be reached at all: both languages, plain words. */
export function BackendDownScreen() {
  return (
    <main className="k-backend-down" role="alert">
      <h1>{zhCN.errors.unavailable}</h1>
      <p>{zhCN.app.backendDown}</p>
      <p lang="en">{en.app.backendDown}</p>
    </main>
  );
}
