import { ChevronLeft, ChevronRight } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.js';
import './Pager.css';

export interface PagerProps<T> {
  readonly items: readonly T[];
  readonly pageSize: number;
  readonly renderItem: (item: T, index: number) => ReactNode;
  readonly itemKey: (item: T) => string;
  readonly label: string;
  readonly className?: string;
  /** Controlled: the page shown (0-based) and who turns it (a screen that must show a given item). */
  readonly page?: number;
  readonly onPageChange?: (page: number) => void;
  /** The screen's own 继续 turns the page: no second "next" button beside it (上一页 stays). */
  readonly nextByContinue?: boolean;
}

/** Citizens never scroll: long lists are pages with big 上一页 / 下一页 buttons and "第 2 页，共 5 页". */
export function Pager<T>({
  items,
  pageSize,
  renderItem,
  itemKey,
  label,
  className,
  page: controlledPage,
  onPageChange,
  nextByContinue = false,
}: PagerProps<T>) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const [ownPage, setOwnPage] = useState(0);
  useEffect(() => {
    if (controlledPage === undefined) setOwnPage(0);
  }, [items, pageSize, controlledPage]);
  const page = controlledPage ?? ownPage;
  const setPage = (next: number) => (onPageChange ? onPageChange(next) : setOwnPage(next));
  const current = Math.min(page, pages - 1);
  const visible = items.slice(current * pageSize, (current + 1) * pageSize);
  return (
    <section className={['k-pager', className].filter(Boolean).join(' ')} aria-label={label}>
      <ul className="k-pager__items" role="list">
        {visible.map((item, i) => (
          <li key={itemKey(item)}>{renderItem(item, current * pageSize + i)}</li>
        ))}
      </ul>
      {pages > 1 ? (
        <div className="k-pager__controls">
          <Button
            onClick={() => setPage(current - 1)}
            disabled={current === 0}
            icon={<ChevronLeft className="k-icon" />}
            data-action="previous-page"
          >
            {t('pager.previous')}
          </Button>
          <span className="k-pager__status" aria-live="polite" data-pager-page={current + 1} data-pager-pages={pages}>
            {t('pager.pageOf', { page: current + 1, pages })}
          </span>
          {nextByContinue ? (
            <span className="k-pager__spacer" aria-hidden="true" />
          ) : (
            <Button onClick={() => setPage(current + 1)} disabled={current >= pages - 1} data-action="next-page">
              {t('pager.next')}
              <ChevronRight className="k-icon" aria-hidden="true" />
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
