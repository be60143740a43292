import type { ApiModule } from '../../http/module.ts';
import { apiClientRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const apiClientsModule: ApiModule = {
  name: 'api-clients',
  components,
  routes: [apiClientRoutes],
};
