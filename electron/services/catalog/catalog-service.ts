import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.js';
import type { Catalog, Item, Package } from '../../../shared/catalog/schema.js';
import { type BrowseFilter, browseCatalog } from '../../../shared/catalog/search/browse.js';
import { buildSearchIndex } from '../../../shared/catalog/search/build-index.js';
import { type SearchHit, type SearchOptions, searchIndex } from '../../../shared/catalog/search/query.js';
import type { SearchIndex } from '../../../shared/catalog/search/search-index.js';
import { validateCatalog } from '../../../shared/catalog/validate-catalog.js';
import { ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../log/logger.js';

export type CatalogSource = 'bundled' | 'platform' | 'saved';

export interface CatalogServiceOptions {
  readonly logger: Logger;
  /** The catalog shipped with the kiosk (defaults to shared/catalog's defaultCatalog). */
  readonly bundled?: Catalog;
  /**
   * Where the last good platform catalog is kept across restarts. At start it is used when it still
   * validates and is not older than the bundled one; otherwise the bundled catalog is.
   */
  readonly saveFile?: string;
}

export interface ReplaceOutcome {
  readonly version: string;
  /** False when the candidate had the version already in use (nothing changed). */
  readonly changed: boolean;
}

type Listener = (event: { version: string; source: CatalogSource }) => void;

/**
 * Holds the kiosk's current catalog and its search index. A catalog from the platform replaces it only
 * after it validates; an invalid one is rejected with every problem (item code and field) and the last
 * good catalog stays in use. Plain TypeScript, no electron.
 */
export class CatalogService {
  private catalog: Catalog;
  private source: CatalogSource;
  private index: SearchIndex | undefined;
  private lastRejection: string | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly log: Logger;
  private readonly saveFile: string | undefined;
  private readonly byCode = new Map<string, Item | Package>();

  constructor(options: CatalogServiceOptions) {
    this.log = options.logger;
    this.saveFile = options.saveFile;
    this.catalog = options.bundled ?? defaultCatalog;
    this.source = 'bundled';
    const saved = this.loadSaved();
    if (saved) {
      this.catalog = saved;
      this.source = 'saved';
    }
    this.reindexCodes();
    this.log.info(
      `catalog ${this.catalog.version} (${this.source}): ${this.catalog.items.length} items, ${this.catalog.packages.length} packages`,
    );
    // Build the search index soon after start, not on the first citizen's first keystroke.
    setTimeout(() => this.prepareSearch(), 0).unref?.();
  }

  /** Builds the search index of the current catalog if it is not built yet. */
  prepareSearch(): void {
    this.index ??= buildSearchIndex(this.catalog);
  }

  current(): Catalog {
    return this.catalog;
  }

  get version(): string {
    return this.catalog.version;
  }

  get currentSource(): CatalogSource {
    return this.source;
  }

  /** The item or package with this code in the current catalog. */
  find(code: string): Item | Package | undefined {
    return this.byCode.get(code);
  }

  /**
   * Validates a candidate (JSON from the platform) and, when it is valid, makes it current, saves it and
   * tells the listeners. When it is not, nothing changes and the failure lists every problem.
   */
  replace(
    candidate: unknown,
    source: Exclude<CatalogSource, 'bundled'> = 'platform',
  ): Result<ReplaceOutcome, 'catalogInvalid'> {
    const checked = validateCatalog(candidate);
    if (!checked.ok) {
      const lines = checked.error.message.split('\n');
      this.lastRejection = lines[0];
      this.log.warn(
        `catalog: rejected a ${source} catalog, keeping ${this.catalog.version}: ${lines.slice(0, 6).join(' | ')}`,
      );
      return checked;
    }
    const next = checked.value;
    if (next.version === this.catalog.version && this.source !== 'bundled')
      return ok({ version: next.version, changed: false });
    this.catalog = next;
    this.source = source;
    this.index = undefined;
    this.lastRejection = undefined;
    this.reindexCodes();
    this.save(next);
    this.log.info(
      `catalog: now ${next.version} from the ${source}: ${next.items.length} items, ${next.packages.length} packages`,
    );
    for (const listener of this.listeners) listener({ version: next.version, source });
    return ok({ version: next.version, changed: true });
  }

  /** Search the current catalog; the index is built once per catalog, on first use. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    this.prepareSearch();
    return searchIndex(this.index as SearchIndex, query, options);
  }

  browse(filter: BrowseFilter): { items: string[]; packages: string[] } {
    return browseCatalog(this.catalog, filter);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One line for the health screen. */
  health(): { name: 'catalog'; level: 'ok' | 'degraded'; detail: string } {
    const base = `${this.catalog.version} (${this.source}), ${this.catalog.items.length} items, ${this.catalog.packages.length} packages`;
    return this.lastRejection
      ? {
          name: 'catalog',
          level: 'degraded',
          detail: `${base}; last platform catalog rejected: ${this.lastRejection}`.slice(0, 500),
        }
      : { name: 'catalog', level: 'ok', detail: base };
  }

  private reindexCodes(): void {
    this.byCode.clear();
    for (const item of this.catalog.items) this.byCode.set(item.code, item);
    for (const pkg of this.catalog.packages) this.byCode.set(pkg.code, pkg);
  }

  private loadSaved(): Catalog | undefined {
    if (!this.saveFile || !existsSync(this.saveFile)) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(this.saveFile, 'utf8'));
    } catch {
      this.log.warn('catalog: the saved catalog is not readable JSON; using the bundled one');
      return undefined;
    }
    const checked = validateCatalog(json);
    if (!checked.ok) {
      this.log.warn(
        `catalog: the saved catalog no longer validates (${checked.error.message.split('\n')[0]}); using the bundled one`,
      );
      return undefined;
    }
    if (checked.value.version < this.catalog.version) {
      this.log.info(
        `catalog: the saved catalog ${checked.value.version} is older than the bundled ${this.catalog.version}; using the bundled one`,
      );
      return undefined;
    }
    return checked.value;
  }

  private save(catalog: Catalog): void {
    if (!this.saveFile) return;
    try {
      mkdirSync(dirname(this.saveFile), { recursive: true });
      const temporary = `${this.saveFile}.tmp`;
      writeFileSync(temporary, JSON.stringify(catalog));
      renameSync(temporary, this.saveFile);
    } catch (error) {
      this.log.warn(
        `catalog: could not save the catalog (${error instanceof Error ? error.name : 'error'}); it stays in use until restart`,
      );
    }
  }
}
