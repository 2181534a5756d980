import { Check, Crosshair } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';

const TARGETS = ['topLeft', 'topRight', 'centre', 'bottomLeft', 'bottomRight'] as const;

/**
 * Touch targets in the four corners and the centre of the whole screen. All five touched: the test passed.
 * A target that does not respond: the technician says so, and the count is kept.
 */
export function TouchStep({ onDone }: { onDone: (result: { ok: boolean; reason?: string; touched: number }) => void }) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (touched.size !== TARGETS.length) return;
    const timer = window.setTimeout(() => onDone({ ok: true, touched: TARGETS.length }), 600);
    return () => window.clearTimeout(timer);
  }, [touched, onDone]);

  return (
    <section className="k-check-step k-touch" data-admin-page="check-touch">
      <div className="k-touch__middle">
        <h2 id="k-admin-section-title" className="k-admin-page__title">
          {t('admin.checks.step.touchHeading')}
        </h2>
        <p role="status">{t('admin.checks.step.touchProgress', { count: touched.size })}</p>
      </div>
      {TARGETS.map((target, i) => {
        const done = touched.has(target);
        return (
          <button
            key={target}
            type="button"
            className={`k-touch__target k-touch__target--${target}`}
            data-target={target}
            aria-pressed={done}
            onClick={() => setTouched((previous) => new Set(previous).add(target))}
          >
            {done ? (
              <Check className="k-icon" aria-hidden="true" />
            ) : (
              <Crosshair className="k-icon" aria-hidden="true" />
            )}
            <span>{done ? t('admin.checks.step.touched') : t('admin.checks.step.target', { n: i + 1 })}</span>
          </button>
        );
      })}
      <div className="k-touch__give-up">
        <Button
          onClick={() => onDone({ ok: false, reason: 'notAllTouched', touched: touched.size })}
          disabled={touched.size === TARGETS.length}
          data-action="touch-give-up"
        >
          {t('admin.checks.step.touchGiveUp')}
        </Button>
      </div>
    </section>
  );
}
