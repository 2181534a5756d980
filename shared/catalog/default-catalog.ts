import { unwrap } from '../result.js';
import { categories, departments } from './departments.js';
import { allItems } from './items/index.js';
import { packages } from './packages.js';
import type { Catalog, CatalogInput } from './schema.js';
import { validateCatalog } from './validate-catalog.js';

/** Version of the bundled catalog (date of the content, plus a counter for same-day releases). */
export const defaultCatalogVersion = '2025.06.01';

/** The bundled catalog as authored (defaults not yet applied): what `npm run catalog` validates. */
export const defaultCatalogSource: CatalogInput = {
  version: defaultCatalogVersion,
  region: { code: '140311', name: { 'zh-CN': '山西省阳泉市郊区', en: 'Jiaoqu District, Yangquan, Shanxi' } },
  departments: [...departments],
  categories: [...categories],
  items: allItems,
  packages,
};

function loadDefaultCatalog(): Catalog {
  return unwrap(validateCatalog(JSON.parse(JSON.stringify(defaultCatalogSource))));
}

/**
 * The catalog the kiosk ships with, validated at import: a broken bundled catalog is a build error (the
 * message lists every problem), never something a citizen meets. Marked pure so a bundle that does not use
 * it (the renderer gets the catalog through catalog.get) drops it.
 */
export const defaultCatalog: Catalog = /* @__PURE__ */ loadDefaultCatalog();
