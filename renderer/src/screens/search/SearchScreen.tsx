import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHitReply } from '../../../../shared/contract/catalog.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import { useAvailability } from '../../context/use-availability.js';
import { ItemTile } from '../../components/ItemTile.js';
import { OnScreenKeyboard } from '../../components/keyboard/OnScreenKeyboard.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import { useLocale } from '../../i18n/use-localized.js';
import './SearchScreen.css';

/**
 * Search by Chinese, pinyin, initials or English. The keyboard starts on letters: "spbz" or "shipin" find
 * 食品小经营店备案 without composing characters; the pinyin key composes Chinese for those who prefer it.
 */
export function SearchScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigator = useNavigator();
  const { client, catalog } = useKiosk();
  const availability = useAvailability();
  const rows = useRowsPerPage(4, 3);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly SearchHitReply[]>([]);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setHits([]);
      return undefined;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      void client.call('catalog.search', { query: trimmed, locale, limit: 20 }).then((reply) => {
        if (current && reply.ok) setHits(reply.value.hits);
      });
    }, 120);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [client, query, locale]);

  return (
    <ScreenLayout screenId="search" title={t('search.title')} onBack={navigator.back} onHome={navigator.home}>
      <input
        id="search-query"
        className="k-text-input"
        type="search"
        inputMode="none"
        autoComplete="off"
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="k-search__results" aria-live="polite">
        {query.trim() && hits.length === 0 ? <p>{t('search.none')}</p> : null}
        <Pager
          items={hits}
          pageSize={rows}
          label={t('search.results')}
          itemKey={(hit) => `${hit.kind}:${hit.code}`}
          renderItem={(hit) => {
            const item = hit.kind === 'item' ? catalog.items.find((i) => i.code === hit.code) : undefined;
            const pkg = hit.kind === 'package' ? catalog.packages.find((p) => p.code === hit.code) : undefined;
            return (
              <ItemTile
                item={item}
                pkg={pkg}
                availability={item ? availability.item(item) : pkg ? availability.pkg(pkg) : undefined}
                onOpen={() => navigator.open({ name: 'flow', kind: hit.kind, code: hit.code })}
              />
            );
          }}
        />
      </div>
      <OnScreenKeyboard
        controls="search-query"
        value={query}
        onChange={setQuery}
        maxLength={32}
        initialMode="letters"
      />
    </ScreenLayout>
  );
}
