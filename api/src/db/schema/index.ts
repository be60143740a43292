export * from './access.ts';
export * from './organisations.ts';
