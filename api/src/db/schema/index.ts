export * from './access.ts';
export * from './catalogue.ts';
export * from './coordination.ts';
export * from './events.ts';
export * from './organisations.ts';
export * from './read-version.ts';
export * from './search.ts';
export * from './webhooks.ts';
