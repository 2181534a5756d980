import type { Audience, Catalog, Department, Item, LifeEvent, Package } from '../schema.js';

/**
 * Browsing without typing: by department, by life event and by audience. Order is catalog order (the
 * outline's), which keeps related items together.
 */

export interface DepartmentGroup {
  readonly department: Department;
  readonly items: readonly Item[];
}

/** Departments in catalog order, each with its items; departments without items are left out. */
export function itemsByDepartment(catalog: Pick<Catalog, 'departments' | 'items'>): DepartmentGroup[] {
  return catalog.departments
    .map((department) => ({ department, items: catalog.items.filter((i) => i.department === department.id) }))
    .filter((g) => g.items.length > 0);
}

/** Items and packages that belong to a life event (人生一件事: birth, school, work, business, housing, retirement, death). */
export function forLifeEvent(
  catalog: Pick<Catalog, 'items' | 'packages'>,
  event: LifeEvent,
): { items: Item[]; packages: Package[] } {
  return {
    items: catalog.items.filter((i) => i.lifeEvents.includes(event)),
    packages: catalog.packages.filter((p) => p.lifeEvents.includes(event)),
  };
}

/** Items for citizens or for businesses; items for both appear in either. */
export function forAudience(
  catalog: Pick<Catalog, 'items' | 'packages'>,
  audience: Exclude<Audience, 'both'>,
): { items: Item[]; packages: Package[] } {
  const fits = (a: Audience) => a === audience || a === 'both';
  return {
    items: catalog.items.filter((i) => fits(i.audience)),
    packages: catalog.packages.filter((p) => fits(p.audience)),
  };
}

export type BrowseFilter =
  | { readonly by: 'department'; readonly department: string }
  | { readonly by: 'lifeEvent'; readonly lifeEvent: LifeEvent }
  | { readonly by: 'audience'; readonly audience: Exclude<Audience, 'both'> }
  | { readonly by: 'category'; readonly category: string };

/** One filter → item and package codes, in catalog order (what the catalog.browse call returns). */
export function browseCatalog(
  catalog: Pick<Catalog, 'items' | 'packages'>,
  filter: BrowseFilter,
): { items: string[]; packages: string[] } {
  let items: Item[];
  let packages: Package[];
  switch (filter.by) {
    case 'department':
      items = catalog.items.filter((i) => i.department === filter.department);
      packages = catalog.packages.filter((p) => p.leadDepartment === filter.department);
      break;
    case 'lifeEvent':
      ({ items, packages } = forLifeEvent(catalog, filter.lifeEvent));
      break;
    case 'audience':
      ({ items, packages } = forAudience(catalog, filter.audience));
      break;
    case 'category':
      items = catalog.items.filter((i) => i.category === filter.category);
      packages = [];
      break;
  }
  return { items: items.map((i) => i.code), packages: packages.map((p) => p.code) };
}
