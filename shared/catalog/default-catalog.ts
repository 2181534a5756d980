import { unwrap } from '../result.js';
import { defaultCatalogSource } from './default-catalog-source.js';
import type { Catalog } from './schema.js';
import { validateCatalog } from './validate-catalog.js';

function loadDefaultCatalog(): Catalog {
  return unwrap(validateCatalog(JSON.parse(JSON.stringify(defaultCatalogSource))));
}

/**
 * The catalog the kiosk ships with, validated at import: a broken bundled catalog is a build error (the
 * message lists every problem), never something a citizen meets. Marked pure so a bundle that does not use
 * it (the renderer gets the catalog through catalog.get) drops it.
 */
export const defaultCatalog: Catalog = /* @__PURE__ */ loadDefaultCatalog();
