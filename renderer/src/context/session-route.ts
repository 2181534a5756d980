import type { Audience, LifeEvent } from '../../../shared/catalog/schema.js';

/** Where a citizen is within a session. The stack gives 返回 its meaning; the flow route is always on top. */
export type SessionRoute =
  | { readonly name: 'home' }
  | { readonly name: 'search' }
  | { readonly name: 'departments' }
  | { readonly name: 'lifeEvents' }
  | { readonly name: 'packages' }
  | { readonly name: 'list'; readonly by: 'department' | 'lifeEvent' | 'audience'; readonly key: string }
  | { readonly name: 'flow'; readonly kind: 'item' | 'package'; readonly code: string }
  | { readonly name: 'progress' }
  | { readonly name: 'evaluate' }
  | { readonly name: 'complaint' };

export type ListKey =
  | { by: 'department'; key: string }
  | { by: 'lifeEvent'; key: LifeEvent }
  | { by: 'audience'; key: Exclude<Audience, 'both'> };
