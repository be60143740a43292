import type { ApiModule } from '../../http/module.ts';
import { eventRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const eventsModule: ApiModule = {
  name: 'events',
  components,
  routes: [eventRoutes],
};
