import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { LoadingNotice } from '../service/ServiceNotices.js';
import { enlargedBands, openPdf, type PageBand, renderBand, renderPage } from './pdf-document.js';
import '../../../components/Pager.css';

/**
 * A document page by page, each page drawn whole into the space there is (no scrolling, no zoom gestures),
 * with big 上一页 / 下一页 and "第 1 页，共 2 页". `enlarged` (长辈模式): each page's text as wide as the screen,
 * in bands one screen high ("第 1 屏，共 3 屏"), so its words are read at arm's length.
 */
export function PdfPreview({
  pdfBase64,
  label,
  onPages,
  enlarged = false,
}: {
  pdfBase64: string;
  label: string;
  onPages?: (pages: number) => void;
  enlarged?: boolean;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | undefined>();
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [rendered, setRendered] = useState(0);
  /** 长辈模式: the bands of every page for the box's size, and the one shown. */
  const [bands, setBands] = useState<readonly PageBand[]>([]);
  const [at, setAt] = useState(0);
  const chain = useRef(Promise.resolve());
  const onPagesRef = useRef(onPages);
  onPagesRef.current = onPages;

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | undefined;
    openPdf(pdfBase64).then(
      (d) => {
        opened = d;
        if (!live) return void d.destroy();
        setDoc(d);
        setPage(1);
        onPagesRef.current?.(d.numPages);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [pdfBase64]);

  // 长辈模式: the bands follow the box's size; a new size starts again at the first band.
  useEffect(() => {
    const area = box.current;
    if (!enlarged || !doc || !area) return undefined;
    let live = true;
    let size = '';
    const measure = () => {
      const { clientWidth, clientHeight } = area;
      if (clientWidth < 10 || clientHeight < 10 || size === `${clientWidth}x${clientHeight}`) return;
      size = `${clientWidth}x${clientHeight}`;
      enlargedBands(doc, clientWidth - 8, clientHeight - 8).then(
        (views) => {
          if (!live) return;
          setBands(views);
          setAt(0);
        },
        () => live && setFailed(true),
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [enlarged, doc]);

  const view = enlarged ? bands[at] : undefined;
  useEffect(() => {
    const target = canvas.current;
    const area = box.current;
    if (!doc || !target || !area || (enlarged && !view)) return undefined;
    let live = true;
    // One render at a time on the canvas: sizes that arrive while drawing are drawn after, the last one wins.
    let wanted = 0;
    const draw = () => {
      const ticket = ++wanted;
      chain.current = chain.current.then(async () => {
        if (!live || ticket !== wanted) return;
        const { clientWidth, clientHeight } = area;
        if (clientWidth < 10 || clientHeight < 10) return;
        try {
          if (view) await renderBand(doc, view, target, clientWidth - 8, clientHeight - 8);
          else await renderPage(doc, page, target, clientWidth - 8, clientHeight - 8);
          if (live) setRendered(view?.page ?? page);
        } catch {
          if (live) setFailed(true);
        }
      });
    };
    const observer = new ResizeObserver(() => draw());
    observer.observe(area);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [doc, page, enlarged, view]);

  const pages = doc?.numPages ?? 0;
  if (failed) return <p className="k-field-error">{t('service.preview.cannotShow')}</p>;
  return (
    <section className="k-svc-pdf" aria-label={label}>
      <div className="k-svc-pdf__page" ref={box}>
        {!doc ? <LoadingNotice text={t('service.preview.opening')} /> : null}
        <canvas
          ref={canvas}
          className="k-svc-pdf__canvas"
          role="img"
          aria-label={t('service.preview.pageImage', { label, page, pages })}
          data-rendered-page={rendered || undefined}
          data-rendered-band={view ? `${view.page}-${view.band + 1}` : undefined}
          hidden={!doc}
        />
      </div>
      {view ? (
        <div className="k-pager__controls">
          <Button
            onClick={() => setAt(at - 1)}
            disabled={at <= 0}
            icon={<ChevronLeft className="k-icon" />}
            data-action="previous-page"
          >
            {t('pager.previous')}
          </Button>
          <span className="k-pager__status" aria-live="polite" data-bands={bands.length}>
            {t('service.preview.bandOf', { at: at + 1, total: bands.length })}
          </span>
          <Button onClick={() => setAt(at + 1)} disabled={at >= bands.length - 1} data-action="next-page">
            {t('pager.next')}
            <ChevronRight className="k-icon" aria-hidden="true" />
          </Button>
        </div>
      ) : pages > 1 ? (
        <div className="k-pager__controls">
          <Button
            onClick={() => setPage(page - 1)}
            disabled={page <= 1}
            icon={<ChevronLeft className="k-icon" />}
            data-action="previous-page"
          >
            {t('pager.previous')}
          </Button>
          <span className="k-pager__status" aria-live="polite">
            {t('pager.pageOf', { page, pages })}
          </span>
          <Button onClick={() => setPage(page + 1)} disabled={page >= pages} data-action="next-page">
            {t('pager.next')}
            <ChevronRight className="k-icon" aria-hidden="true" />
          </Button>
        </div>
      ) : pages === 1 ? (
        <p className="k-pager__status k-svc-center">{t('pager.pageOf', { page: 1, pages: 1 })}</p>
      ) : null}
    </section>
  );
}
