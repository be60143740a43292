import type { ApiModule } from '../../http/module.ts';
import { auditEventRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const auditEventsModule: ApiModule = {
  name: 'audit-events',
  components,
  routes: [auditEventRoutes],
};
