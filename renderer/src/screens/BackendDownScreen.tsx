import { en } from '../i18n/locales/en.js';
import { zhCN } from '../i18n/locales/zh-CN.js';

interface BackendDownScreenProps {
  /**
   * For a developer at the web host: why the backend refused this page (never shown in the Electron kiosk,
   * whose preload bridge cannot be refused this way).
   */
  readonly developerHint?: string;
}

/** Shown before i18n exists, when the backend cannot be reached at all: both languages, plain words. */
export function BackendDownScreen({ developerHint }: BackendDownScreenProps) {
  return (
    <main className="k-backend-down" role="alert" data-screen="backend-down">
      <h1>{zhCN.errors.unavailable}</h1>
      <p>{zhCN.app.backendDown}</p>
      <p lang="en">{en.app.backendDown}</p>
      {developerHint ? (
        <p lang="en" className="k-backend-down__developer" data-developer-hint>
          {developerHint}
        </p>
      ) : null}
    </main>
  );
}
