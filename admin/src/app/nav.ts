import { m } from './messages.ts';

/** A place in the main menu; `editor` places are the ones an editor may change something in. */
export interface NavItem {
  to: string;
  label: string;
  editor: boolean;
}

export const NAV: NavItem[] = [
  { to: '/', label: m.nav.overview, editor: true },
  { to: '/teknologier', label: m.nav.technologies, editor: false },
  { to: '/kategorier', label: m.nav.categories, editor: false },
  { to: '/vagledningar', label: m.nav.guides, editor: false },
  { to: '/kommuner', label: m.nav.municipalities, editor: true },
  { to: '/forbund', label: m.nav.associations, editor: true },
  { to: '/inforande', label: m.nav.adoptions, editor: true },
  { to: '/mognad', label: m.nav.maturity, editor: true },
  { to: '/behov', label: m.nav.needs, editor: true },
  { to: '/upphandlingar', label: m.nav.procurements, editor: true },
  { to: '/driftmodeller', label: m.nav.operatorModels, editor: true },
  { to: '/anvandare', label: m.nav.users, editor: false },
  { to: '/api-nycklar', label: m.nav.apiKeys, editor: false },
  { to: '/andringslogg', label: m.nav.auditLog, editor: false },
];

/** An admin sees every place; an editor the places they can change something in. */
export const navFor = (role: 'admin' | 'editor') => NAV.filter((item) => role === 'admin' || item.editor);
