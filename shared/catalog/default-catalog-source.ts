import { categories, departments } from './departments.js';
import { allItems } from './items/index.js';
import { packages } from './packages.js';
import type { CatalogInput } from './schema.js';

/** Version of the bundled catalog (date of the content, plus a counter for same-day releases). */
export const defaultCatalogVersion = '2025.06.01';

/**
 * The bundled catalog as authored (defaults not yet applied, nothing validated): what `npm run catalog`
 * checks and prints. Code that runs the kiosk uses `defaultCatalog` from default-catalog.ts.
 */
export const defaultCatalogSource: CatalogInput = {
  version: defaultCatalogVersion,
  region: { code: '140311', name: { 'zh-CN': '山西省阳泉市郊区', en: 'Jiaoqu District, Yangquan, Shanxi' } },
  departments: [...departments],
  categories: [...categories],
  items: allItems,
  packages,
};
